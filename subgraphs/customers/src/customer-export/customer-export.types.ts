import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A CSV of your scoped customer list (UTF-8 with BOM, so spreadsheet programs read the Chinese names)' })
export class CustomerExport {
  @Field() filename!: string;
  @Field() contentType!: string;
  @Field() csv!: string;
  @Field(() => Int) rows!: number;
  @Field({ description: 'true when personal data is in clear (PII_VIEWER); otherwise masked as on screen' }) unmasked!: boolean;
}
