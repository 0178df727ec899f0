import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import { Arg, Directive, Field, ID, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import type { StaffClaims } from '@crm/shared-types';
import { buildFederatedSchema, metricsAllowed, Permit, subgraphApolloOptions, SUBGRAPH_LIMITS, type RequestContext } from '../src';
import { staffClaims } from '../src/testing';

@ObjectType()
@Directive('@key(fields: "id")')
class Widget {
  @Field(() => ID) id!: string;
  @Field() label!: string;
  @Field(() => Widget, { nullable: true }) next?: Widget;
}

@ObjectType()
class Plain {
  @Field() note!: string;
}

@InputType()
class WidgetInput {
  @Field() label!: string;
  @Field(() => Date, { nullable: true }) at?: Date;
}

const widget = (id: string): Widget => ({ id, label: `w${id}`, next: { id: `${id}n`, label: 'next' } });

@Resolver()
class WidgetResolver {
  @Permit('CUSTOMER_READ')
  @Query(() => Widget)
  widget(@Arg('id', () => ID) id: string, @Arg('search', { nullable: true }) _search?: string): Widget {
    return widget(id);
  }

  @Permit('DIRECTORY_READ')
  @Query(() => Plain)
  plain(@Arg('input', () => WidgetInput, { nullable: true }) input?: WidgetInput): Plain {
    return { note: input?.at ? input.at.toISOString() : 'none' };
  }
}

@Resolver()
class OpenResolver {
  @Query(() => String)
  forgotten(): string {
    return 'open by omission';
  }
}

const teller = staffClaims({ orgPath: '/1/2/', roles: ['OUTLET_STAFF'], department: 'OPERATIONS' });
const trainer = staffClaims({ orgPath: '/1/', level: 'HEAD_OFFICE', roles: ['TRAINER'], department: 'TRAINING' });

describe('permissions at the source', () => {
  let server: ApolloServer<RequestContext>;
  const run = async (query: string, user: StaffClaims, variables: Record<string, unknown> = {}) => {
    const res = await server.executeOperation({ query, variables }, { contextValue: { user } as RequestContext });
    if (res.body.kind !== 'single') throw new Error('incremental');
    return res.body.singleResult as { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, any> }[] };
  };

  beforeAll(async () => {
    const { schema } = await buildFederatedSchema(
      { resolvers: [WidgetResolver], orphanedTypes: [Plain] },
      {
        Widget: { permit: ['CUSTOMER_READ'], resolve: (ref) => widget(ref.id) },
      },
    );
    server = new ApolloServer(subgraphApolloOptions(schema, 'test'));
    await server.start();
  });

  it('refuses to build a schema with a query field that declares no permission', async () => {
    await expect(buildFederatedSchema({ resolvers: [OpenResolver] })).rejects.toThrow(/Query\.forgotten/);
  });

  it('answers FORBIDDEN to a caller without the permission, and the data to one with it', async () => {
    const denied = await run('{ widget(id: "1") { label } }', trainer);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(denied.data ?? null).toBeNull();
    expect((await run('{ widget(id: "1") { label } }', teller)).data).toEqual({ widget: { label: 'w1' } });
  });

  it('publishes each permission in the SDL as @policy', async () => {
    const { sdl } = await buildFederatedSchema(
      { resolvers: [WidgetResolver], orphanedTypes: [Plain] },
      { Widget: { permit: ['CUSTOMER_READ'], resolve: (ref) => widget(ref.id) } },
    );
    expect(sdl).toMatch(/widget\(search: String, id: ID!\): Widget! @policy\(policies: \[\["CUSTOMER_READ"\]\]\)/);
    expect(sdl).toMatch(/type Widget\s+@key\(fields: "id"\)\s+@policy\(policies: \[\["CUSTOMER_READ"\]\]\)/);
  });

  it('_entities: a denied entity is null, like one that does not exist; a non-entity type is the caller’s error', async () => {
    const q = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Widget { label } } }';
    expect((await run(q, teller, { r: [{ __typename: 'Widget', id: '7' }] })).data).toEqual({ _entities: [{ label: 'w7' }] });
    expect((await run(q, trainer, { r: [{ __typename: 'Widget', id: '7' }] })).data).toEqual({ _entities: [null] });
    const plain = await run(q, teller, { r: [{ __typename: 'Plain', note: 'x' }] });
    expect(plain.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'representations.0.__typename' });
  });

  it('refuses NUL bytes in variables and in literals, naming the field', async () => {
    const inVar = await run('query($s: String) { widget(id: "1", search: $s) { label } }', teller, { s: 'a\u0000b' });
    expect(inVar.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 's' });
    const inLiteral = await run('{ plain(input: { label: "x\\u0000" }) { note } }', teller);
    expect(inLiteral.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.label' });
  });

  it('refuses an impossible date as BAD_USER_INPUT naming the field', async () => {
    const res = await run('query($i: WidgetInput) { plain(input: $i) { note } }', teller, {
      i: { label: 'x', at: '0000-01-01T00:00:00Z' },
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'i.at' });
    const ok = await run('query($i: WidgetInput) { plain(input: $i) { note } }', teller, { i: { label: 'x', at: '2026-01-01T00:00:00Z' } });
    expect(ok.data).toEqual({ plain: { note: '2026-01-01T00:00:00.000Z' } });
  });

  it('has its own depth and alias limits, no introspection and no "did you mean"', async () => {
    const deep = `{ widget(id: "1") { ${'next { '.repeat(SUBGRAPH_LIMITS.maxDepth)}label${' }'.repeat(SUBGRAPH_LIMITS.maxDepth)} } }`;
    expect((await run(deep, teller)).errors?.[0].message).toMatch(/depth/i);
    const aliases = `{ ${Array.from({ length: SUBGRAPH_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: plain { note }`).join(' ')} }`;
    expect((await run(aliases, teller)).errors?.[0].message).toMatch(/alias/i);
    expect((await run('{ __schema { types { name } } }', teller)).errors?.[0].message).toMatch(/introspection/i);
    const typo = await run('{ widget(id: "1") { labl } }', teller);
    expect(typo.errors?.[0].message).not.toMatch(/did you mean/i);
  });
});

describe('/metrics', () => {
  it('answers this machine, or whoever holds METRICS_TOKEN when one is set', () => {
    expect(metricsAllowed('127.0.0.1', undefined, undefined)).toBe(true);
    expect(metricsAllowed('10.1.2.3', undefined, undefined)).toBe(false);
    expect(metricsAllowed('127.0.0.1', undefined, 's3cret')).toBe(false);
    expect(metricsAllowed('10.1.2.3', 'Bearer s3cret', 's3cret')).toBe(true);
  });
});
