import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { preloaded } from '../common/preloaded';
import { Person } from '../persons/person.entity';
import { PersonsService } from '../persons/persons.service';
import { Workstation } from '../workstations/workstation.entity';
import { AssignPrinterArgs, UnassignPrinterArgs } from './dto/assign-printer.args';
import { PersonPrinter } from './person-printer.entity';
import { PersonPrintersService } from './person-printers.service';
import { Printer } from './printer.entity';
import { PrintersLoader } from './printers.loader';
import { PrintersService } from './printers.service';

// Field resolvers take the parent as their plain first parameter (no @Parent()): Nest then gives
// graphql the method itself instead of its per-call pipe chain, which re-validated every parent row.
@Resolver(() => Person)
@Policy('inventory.read')
export class PersonPrintersResolver {
  constructor(
    private readonly mappings: PersonPrintersService,
    private readonly persons: PersonsService,
    private readonly loader: PrintersLoader,
  ) {}

  @ResolveField(() => [PersonPrinter], { description: 'Printers of the person, default first.' })
  printers(person: Person): Promise<PersonPrinter[]> {
    return this.loader.ofPerson(person.id);
  }

  @Mutation(() => Person)
  @Policy('inventory.write')
  async assignPrinter(@Args() { personId, printerId, isDefault }: AssignPrinterArgs): Promise<Person> {
    await this.mappings.assign(personId, printerId, isDefault ?? false);
    return this.persons.get(personId);
  }

  @Mutation(() => Person)
  @Policy('inventory.write')
  async unassignPrinter(@Args() { personId, printerId }: UnassignPrinterArgs): Promise<Person> {
    await this.mappings.unassign(personId, printerId);
    return this.persons.get(personId);
  }
}

@Resolver(() => PersonPrinter)
@Policy('inventory.read')
export class PersonPrinterResolver {
  constructor(private readonly printers: PrintersService) {}

  @ResolveField(() => Printer)
  printer(mapping: PersonPrinter): Promise<Printer> {
    return this.printers.get(mapping.printerId);
  }
}

@Resolver(() => Workstation)
@Policy('inventory.read')
export class WorkstationPrintersResolver {
  constructor(private readonly loader: PrintersLoader) {}

  @ResolveField(() => [Printer], { description: 'Printers used by the persons at this workstation.' })
  printers(workstation: Workstation): Printer[] | Promise<Printer[]> {
    return preloaded<Printer[]>(workstation, 'printers') ?? this.loader.ofWorkstation(workstation.id);
  }
}
