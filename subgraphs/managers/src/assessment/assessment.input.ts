import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { CompetencyDimension } from '../competency/competency.enums';

// Checked in the service (assessment.service.ts, checkedScores), where the field named is the list
// element's: `scores[2].score`, as the form shows it.
@InputType()
export class AssessmentScoreInput {
  @Field(() => CompetencyDimension)
  dimension!: CompetencyDimension;

  @Field(() => Float, { description: '1–5 in half steps (1, 1.5 … 5)' })
  score!: number;

  @Field({ description: 'what the trainer observed: required, at most 1000 characters' })
  evidence!: string;
}

@InputType({
  description: 'A draft’s scores, all replaced by these: a new draft without assessmentId, a change with assessmentId and version',
})
export class SaveAssessmentDraftInput {
  @Field(() => ID)
  managerId!: string;

  @Field(() => ID, { nullable: true, description: 'the draft to change; none starts a new one' })
  assessmentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'the draft’s version, required with assessmentId (stale → CONFLICT)' })
  version?: number | null;

  @Field(() => [AssessmentScoreInput], { description: 'any of the six so far; submitting needs all six' })
  scores!: AssessmentScoreInput[];
}
