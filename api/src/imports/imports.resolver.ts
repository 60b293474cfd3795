import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { IdArgs } from '../common/delete.args';
import {
  ImportPresetsArgs,
  ImportRunsArgs,
  ReadOptionsArgs,
  SaveImportPresetInput,
  StartImportInput,
} from './dto/import.inputs';
import { ImportPresetsService } from './import-presets.service';
import { ImportFileAnalysis, ImportPreset, ImportRun, ImportRunPage } from './import.models';
import { ImportsService } from './imports.service';

@Resolver(() => ImportRun)
@Policy('inventory.write')
export class ImportsResolver {
  constructor(
    private readonly service: ImportsService,
    private readonly presets: ImportPresetsService,
  ) {}

  @Query(() => ImportFileAnalysis, {
    description: 'Reads an uploaded file (POST /api/imports/files): layout, headers, first rows, suggested mapping.',
  })
  @Policy('inventory.write')
  importFileAnalysis(@Args() args: ReadOptionsArgs): Promise<ImportFileAnalysis> {
    return this.service.analyze(args);
  }

  @Mutation(() => ImportRun, {
    description: 'Starts a dry run or a commit of an uploaded file; poll importRun for progress and the report.',
  })
  @Policy('inventory.write')
  startImport(@Args('input') input: StartImportInput): Promise<ImportRun> {
    return this.service.start(input);
  }

  @Query(() => ImportRun)
  @Policy('inventory.write')
  importRun(@Args() { id }: IdArgs): Promise<ImportRun> {
    return this.service.run(id);
  }

  @Query(() => ImportRunPage, { description: 'The import history of a Verwaltung, newest first.' })
  @Policy('inventory.read')
  importRuns(@Args() args: ImportRunsArgs): Promise<ImportRunPage> {
    return this.service.runs(args.tenantId, args.mode, args.offset, args.limit);
  }

  @Query(() => [ImportPreset])
  @Policy('inventory.write')
  importPresets(@Args() args: ImportPresetsArgs): Promise<ImportPreset[]> {
    return this.presets.list(args.tenantId, args.target);
  }

  @Mutation(() => ImportPreset, { description: 'Saves a column mapping under a name (same name: replaced).' })
  @Policy('inventory.write')
  saveImportPreset(@Args('input') input: SaveImportPresetInput): Promise<ImportPreset> {
    return this.presets.save(input);
  }

  @Mutation(() => ID)
  @Policy('inventory.write')
  deleteImportPreset(@Args() { id }: IdArgs): Promise<string> {
    return this.presets.remove(id);
  }
}
