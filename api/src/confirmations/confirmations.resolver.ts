import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { notFound } from '../common/errors';
import { ConfirmationDecisionsService, type Decision } from './confirmation-decisions.service';
import {
  ConfirmationProgress,
  ConfirmationResult,
  PersonConfirmation,
  PersonConfirmationPage,
} from './confirmation.model';
import { ConfirmationsService } from './confirmations.service';
import {
  ConfirmationTenantArgs,
  ConfirmFilteredArgs,
  ConfirmPersonsArgs,
  OpenRejectionsArgs,
  PersonConfirmationsArgs,
  RejectPersonArgs,
} from './dto/confirmation.args';

const result = (d: Decision): ConfirmationResult => ({ confirmed: d.decided, unchanged: d.unchanged });

@Resolver(() => PersonConfirmation)
export class ConfirmationsResolver {
  constructor(
    private readonly reads: ConfirmationsService,
    private readonly decisions: ConfirmationDecisionsService,
  ) {}

  @Query(() => PersonConfirmationPage, {
    description:
      'Persons of a Verwaltung with their printers, software, shares and Fachverfahren, and their confirmation.',
  })
  @Policy('plan.read')
  personConfirmations(@Args() args: PersonConfirmationsArgs): Promise<PersonConfirmationPage> {
    return this.reads.list(args);
  }

  @Query(() => ConfirmationProgress, { description: 'Confirmation counts per location and per department.' })
  @Policy('plan.read')
  confirmationProgress(@Args() { tenantId }: ConfirmationTenantArgs): Promise<ConfirmationProgress> {
    return this.reads.progress(tenantId);
  }

  @Query(() => [PersonConfirmation], { description: "Rejected persons with the coordinator's comment, newest first." })
  @Policy('plan.read')
  openRejections(@Args() { tenantIds, limit }: OpenRejectionsArgs): Promise<PersonConfirmation[]> {
    return this.reads.openRejections(tenantIds, limit);
  }

  @Mutation(() => ConfirmationResult, { description: "Confirms these persons' mappings as they are now." })
  @Policy('confirmations.decide')
  async confirmPersons(@Args() { tenantId, personIds }: ConfirmPersonsArgs): Promise<ConfirmationResult> {
    return result(await this.decisions.confirmPersons(tenantId, personIds));
  }

  @Mutation(() => ConfirmationResult, { description: 'Confirms every person the list shows with these filters.' })
  @Policy('confirmations.decide')
  async confirmFilteredPersons(@Args() { expectedCount, ...filter }: ConfirmFilteredArgs): Promise<ConfirmationResult> {
    return result(await this.decisions.confirmFiltered(filter, expectedCount));
  }

  @Mutation(() => PersonConfirmation, {
    description: "Rejects a person's mappings with a comment for the project manager.",
  })
  @Policy('confirmations.decide')
  async rejectPerson(@Args() { personId, comment }: RejectPersonArgs): Promise<PersonConfirmation> {
    await this.decisions.reject(personId, comment);
    const row = await this.reads.one(personId);
    if (!row) throw notFound('Person', personId);
    return row;
  }
}
