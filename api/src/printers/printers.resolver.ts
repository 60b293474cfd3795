import { Args, ID, Mutation, ObjectType, ResolveField, Query, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { DeleteArgs, IdArgs } from '../common/delete.args';
import { Paginated } from '../common/page';
import { Location } from '../locations/location.entity';
import { LocationsService } from '../locations/locations.service';
import { CreatePrinterInput, PrinterListArgs, UpdatePrinterInput } from './dto/printer.inputs';
import { Printer } from './printer.entity';
import { PrintersService } from './printers.service';

@ObjectType()
export class PrinterPage extends Paginated(Printer) {}

// Field resolvers take the parent as their plain first parameter (no @Parent()): Nest then gives
// graphql the method itself instead of its per-call pipe chain, which re-validated every parent row.
@Resolver(() => Printer)
@Policy('inventory.read')
export class PrintersResolver {
  constructor(
    private readonly service: PrintersService,
    private readonly locations: LocationsService,
  ) {}

  @Query(() => Printer)
  @Policy('inventory.read')
  printer(@Args() { id }: IdArgs): Promise<Printer> {
    return this.service.get(id);
  }

  @Query(() => PrinterPage)
  @Policy('inventory.read')
  printers(@Args() args: PrinterListArgs): Promise<PrinterPage> {
    return this.service.list(args, args.sortBy);
  }

  @Mutation(() => Printer)
  @Policy('inventory.write')
  createPrinter(@Args('input') input: CreatePrinterInput): Promise<Printer> {
    return this.service.create(input);
  }

  @Mutation(() => Printer)
  @Policy('inventory.write')
  updatePrinter(@Args('input') { id, version, ...changes }: UpdatePrinterInput): Promise<Printer> {
    return this.service.update(id, version, changes);
  }

  @Mutation(() => ID, { description: 'Deletes it with its mappings; returns the id.' })
  @Policy('inventory.write')
  deletePrinter(@Args() { id, version }: DeleteArgs): Promise<string> {
    return this.service.remove(id, version);
  }

  @ResolveField(() => Location)
  location(printer: Printer): Promise<Location> {
    return this.locations.get(printer.locationId);
  }
}
