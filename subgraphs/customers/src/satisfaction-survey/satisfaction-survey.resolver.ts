import { Arg, Ctx, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Paged, Permit, type RequestContext } from '@crm/kit';
import { ServiceCase } from '../service-case/service-case.entity';
import { serviceCaseLoader } from '../service-case/service-case.loader';
import { SatisfactionSurvey } from './satisfaction-survey.entity';
import { RecordSurveyInput } from './satisfaction-survey.input';
import { recordSurvey } from './satisfaction-survey.service';

@ObjectType()
export class SurveyPage extends Paged(SatisfactionSurvey) {}

@Resolver(() => SatisfactionSurvey)
export class SatisfactionSurveyResolver {
  @FieldResolver(() => ServiceCase, { nullable: true, description: 'The complaint this survey followed up' })
  serviceCase(@Root() s: SatisfactionSurvey, @Ctx() ctx: RequestContext) {
    return s.serviceCaseId ? serviceCaseLoader(ctx).load(s.serviceCaseId) : null;
  }

  @Permit('CUSTOMER_READ', 'CUSTOMER_EDIT')
  @Mutation(() => SatisfactionSurvey)
  recordSurvey(@Arg('input', () => RecordSurveyInput) input: RecordSurveyInput, @Ctx() ctx: RequestContext) {
    return recordSurvey(ctx, input);
  }
}
