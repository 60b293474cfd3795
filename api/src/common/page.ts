import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

export interface Page<T> {
  items: T[];
  totalCount: number;
}

/** A page of a list plus the total matching the filter (for pagers). */
export function Paginated<T>(classRef: Type<T>): Type<Page<T>> {
  @ObjectType({ isAbstract: true })
  abstract class PageType implements Page<T> {
    @Field(() => [classRef])
    items: T[];

    @Field(() => Int)
    totalCount: number;
  }
  return PageType as Type<Page<T>>;
}
