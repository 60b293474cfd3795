import { Module } from '@nestjs/common';
import { ChecklistStepsLoader } from './checklist-steps.loader';
import { ChecklistTemplatesResolver } from './checklist-templates.resolver';
import { ChecklistTemplatesService } from './checklist-templates.service';
import { CutoverBoardResolver } from './cutover-board.resolver';
import { CutoverBoardService } from './cutover-board.service';
import { CutoverWorkService } from './cutover-work.service';
import { CutoverResolver } from './cutover.resolver';

@Module({
  providers: [
    ChecklistStepsLoader,
    ChecklistTemplatesService,
    ChecklistTemplatesResolver,
    CutoverWorkService,
    CutoverResolver,
    CutoverBoardService,
    CutoverBoardResolver,
  ],
})
export class CutoverModule {}
