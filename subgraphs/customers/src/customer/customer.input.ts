import { Field, Float, ID, InputType } from 'type-graphql';
import { CompanySize, ConsentChannel, CustomerKind, CustomerStatus, IncomeBand } from './customer.entity';

/** Checked by customer.validation.ts (the same rules as the CSV import), not by decorators. */
@InputType({
  description: 'A new customer. idNumber: resident ID (GB 11643) for INDIVIDUAL, unified social credit code (GB 32100) for CORPORATE',
})
export class CreateCustomerInput {
  @Field(() => CustomerKind) kind!: CustomerKind;
  @Field() name!: string;
  @Field() idNumber!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'M or F; must agree with the ID number (taken from it when omitted)' }) gender?:
    string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; must agree with the ID number (taken from it when omitted)' })
  birthDate?: string | null;
  @Field(() => String, { nullable: true }) occupation?: string | null;
  @Field(() => IncomeBand, { nullable: true }) incomeBand?: IncomeBand | null;
  @Field(() => String, { nullable: true }) industry?: string | null;
  @Field(() => String, { nullable: true }) legalRepresentative?: string | null;
  @Field(() => Float, { nullable: true }) registeredCapital?: number | null;
  @Field(() => CompanySize, { nullable: true }) companySize?: CompanySize | null;
  @Field(() => ID, { nullable: true, description: "Default: the caller's unit; otherwise a unit within the caller's scope" })
  homeOrgUnitId?: string | null;
  @Field(() => Boolean, { nullable: true }) marketingConsent?: boolean | null;
  @Field(() => ConsentChannel, { nullable: true, description: 'Required when marketingConsent is true' })
  consentChannel?: ConsentChannel | null;
}

@InputType({ description: 'Fields to change; omitted fields stay as they are, null clears an optional one' })
export class UpdateCustomerInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) occupation?: string | null;
  @Field(() => IncomeBand, { nullable: true }) incomeBand?: IncomeBand | null;
  @Field(() => String, { nullable: true }) industry?: string | null;
  @Field(() => String, { nullable: true }) legalRepresentative?: string | null;
  @Field(() => Float, { nullable: true }) registeredCapital?: number | null;
  @Field(() => CompanySize, { nullable: true }) companySize?: CompanySize | null;
  @Field(() => CustomerStatus, { nullable: true, description: 'not MERGED (that is mergeCustomers)' }) status?: CustomerStatus | null;
  @Field(() => Boolean, { nullable: true }) marketingConsent?: boolean | null;
  @Field(() => ConsentChannel, { nullable: true }) consentChannel?: ConsentChannel | null;
}
