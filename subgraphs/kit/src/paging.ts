import { ClassType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@crm/shared-types';

@InputType({ description: `Page of a list; pageSize at most ${MAX_PAGE_SIZE}` })
export class PageInput {
  @Field(() => Int, { defaultValue: 1 })
  @Min(1)
  @Max(100_000)
  page: number = 1;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE })
  @Min(1)
  @Max(MAX_PAGE_SIZE, { message: `pageSize must be at most ${MAX_PAGE_SIZE}` })
  pageSize: number = DEFAULT_PAGE_SIZE;
}

export function pageWindow(page?: PageInput | null): { page: number; pageSize: number; offset: number; limit: number } {
  const p = page?.page ?? 1;
  const size = page?.pageSize ?? DEFAULT_PAGE_SIZE;
  return { page: p, pageSize: size, offset: (p - 1) * size, limit: size };
}

/** `class CustomerPage extends Paged(Customer) {}` — items plus the numbers a table needs. */
export function Paged<T extends object>(itemType: ClassType<T>) {
  @ObjectType()
  abstract class PagedClass {
    @Field(() => [itemType])
    items!: T[];

    @Field(() => Int)
    total!: number;

    @Field(() => Int)
    page!: number;

    @Field(() => Int)
    pageSize!: number;
  }
  return PagedClass;
}
