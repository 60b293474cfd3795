import { Args, Query, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { CutoverBoardService } from './cutover-board.service';
import { CutoverBoard, CutoverBurndown } from './cutover.models';
import { CutoverBoardArgs, CutoverBurndownArgs } from './dto/cutover.inputs';

@Resolver(() => CutoverBoard)
@Policy('plan.read')
export class CutoverBoardResolver {
  constructor(private readonly board: CutoverBoardService) {}

  @Query(() => CutoverBoard, { description: 'Live cutover progress of a Verwaltung (one SQL statement).' })
  @Policy('plan.read')
  cutoverBoard(@Args() { tenantId }: CutoverBoardArgs): Promise<CutoverBoard> {
    return this.board.board(tenantId);
  }

  @Query(() => CutoverBurndown, { description: 'Remaining workstations of a Standort over time, planned and actual.' })
  @Policy('plan.read')
  cutoverBurndown(@Args() { locationId }: CutoverBurndownArgs): Promise<CutoverBurndown> {
    return this.board.burndown(locationId);
  }
}
