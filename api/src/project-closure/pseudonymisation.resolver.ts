import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Policy } from '../auth/policy.decorator';
import { PseudonymisationPreviewArgs, PseudonymiseTenantInput } from './dto/pseudonymise-tenant.input';
import { PseudonymisationPreview, PseudonymisationResult } from './pseudonymisation.models';
import { PseudonymisationService } from './pseudonymisation.service';

@Resolver(() => PseudonymisationResult)
@Policy('privacy.pseudonymise')
export class PseudonymisationResolver {
  constructor(private readonly service: PseudonymisationService) {}

  @Query(() => PseudonymisationPreview, {
    description: 'What pseudonymising the Verwaltung would touch, and whether its Abschluss phase is done.',
  })
  @Policy('privacy.pseudonymise')
  pseudonymisationPreview(@Args() { tenantId }: PseudonymisationPreviewArgs): Promise<PseudonymisationPreview> {
    return this.service.preview(tenantId);
  }

  @Mutation(() => PseudonymisationResult, {
    description:
      'IRREVERSIBLE. After the Abschluss phase is done: replaces the names, account names and e-mails of every ' +
      'person of the Verwaltung by pseudonyms ("Person 0001" …) everywhere, the audit trail included, and deletes ' +
      'the uploaded import files. Structure and counts stay. confirmName must be the Verwaltung’s exact name.',
  })
  @Policy('privacy.pseudonymise')
  pseudonymiseTenant(@Args('input') input: PseudonymiseTenantInput): Promise<PseudonymisationResult> {
    return this.service.pseudonymise(input);
  }
}
