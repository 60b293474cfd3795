import { ResolveField, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { preloaded } from '../common/preloaded';
import { Fachverfahren } from '../fachverfahren/fachverfahren.entity';
import { FileShare } from '../file-shares/file-share.entity';
import { Printer } from '../printers/printer.entity';
import { Software } from '../software/software.entity';
import { Workstation } from '../workstations/workstation.entity';
import { Person } from './person.entity';
import { PersonsLoader } from './persons.loader';

// "Who uses this?" on every object a person can be mapped to.

// Field resolvers take the parent as their plain first parameter (no @Parent()): Nest then gives
// graphql the method itself instead of its per-call pipe chain, which re-validated every parent row.
@Resolver(() => Workstation)
@Policy('inventory.read')
export class WorkstationPersonsResolver {
  constructor(private readonly loader: PersonsLoader) {}

  @ResolveField(() => [Person])
  persons(workstation: Workstation): Person[] | Promise<Person[]> {
    return preloaded<Person[]>(workstation, 'persons') ?? this.loader.assignedTo('workstation', workstation.id);
  }
}

@Resolver(() => Printer)
@Policy('inventory.read')
export class PrinterPersonsResolver {
  constructor(private readonly loader: PersonsLoader) {}

  @ResolveField(() => [Person])
  persons(printer: Printer): Promise<Person[]> {
    return this.loader.assignedTo('printer', printer.id);
  }
}

@Resolver(() => Software)
@Policy('inventory.read')
export class SoftwarePersonsResolver {
  constructor(private readonly loader: PersonsLoader) {}

  @ResolveField(() => [Person])
  persons(software: Software): Promise<Person[]> {
    return this.loader.assignedTo('software', software.id);
  }
}

@Resolver(() => FileShare)
@Policy('inventory.read')
export class FileSharePersonsResolver {
  constructor(private readonly loader: PersonsLoader) {}

  @ResolveField(() => [Person])
  persons(share: FileShare): Promise<Person[]> {
    return this.loader.assignedTo('fileShare', share.id);
  }
}

@Resolver(() => Fachverfahren)
@Policy('inventory.read')
export class FachverfahrenPersonsResolver {
  constructor(private readonly loader: PersonsLoader) {}

  @ResolveField(() => [Person])
  persons(fachverfahren: Fachverfahren): Promise<Person[]> {
    return this.loader.assignedTo('fachverfahren', fachverfahren.id);
  }
}
