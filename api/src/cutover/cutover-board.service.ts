import { Injectable } from '@nestjs/common';
import type { CutoverBoard, CutoverBurndown } from './cutover.models';

const pending = (): never => {
  throw new Error('pending (issue 6 cutover API)');
};

@Injectable()
export class CutoverBoardService {
  board(tenantId: string): Promise<CutoverBoard> {
    return pending() ?? Promise.resolve(tenantId as never);
  }
  burndown(locationId: string): Promise<CutoverBurndown> {
    return pending() ?? Promise.resolve(locationId as never);
  }
}
