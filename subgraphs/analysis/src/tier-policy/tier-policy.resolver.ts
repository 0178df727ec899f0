import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permit, StaffReference, type RequestContext } from '@crm/kit';
import { TierPolicy } from './tier-policy.entity';
import { TierPolicyInput } from './tier-policy.input';
import { TierPolicyPreview } from './tier-policy.types';
import { activeTierPolicy, approveTierPolicy, listTierPolicies, previewTierPolicy, saveTierPolicyDraft } from './tier-policy.service';

@Resolver(() => TierPolicy)
export class TierPolicyResolver {
  @Permit('ANALYSIS_READ')
  @Query(() => [TierPolicy], { description: 'Every tier policy, newest first, with maker and checker' })
  tierPolicies(@Ctx() ctx: RequestContext) {
    return listTierPolicies(ctx);
  }

  @Permit('ANALYSIS_READ')
  @Query(() => TierPolicy, { nullable: true, description: 'The policy that decides tiers now' })
  activeTierPolicy(@Ctx() ctx: RequestContext) {
    return activeTierPolicy(ctx);
  }

  @Permit('TIER_POLICY_EDIT')
  @Query(() => TierPolicyPreview, {
    description: 'Head office: how many customers a policy would move between tiers at an as-of (default the latest); nothing is written',
  })
  previewTierPolicy(
    @Arg('input', () => TierPolicyInput) input: TierPolicyInput,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => String, { nullable: true }) asOf?: string | null,
  ) {
    return previewTierPolicy(ctx, input, asOf);
  }

  @Permit('TIER_POLICY_EDIT')
  @Mutation(() => TierPolicy, {
    description: 'Head-office strategy analyst: validate and save a policy as the next DRAFT version of its scheme',
  })
  saveTierPolicyDraft(@Arg('input', () => TierPolicyInput) input: TierPolicyInput, @Ctx() ctx: RequestContext) {
    return saveTierPolicyDraft(ctx, input);
  }

  @Permit('TIER_POLICY_APPROVE')
  @Mutation(() => TierPolicy, {
    description:
      'A second head-office analyst, never the draft’s author (FORBIDDEN): make a draft ACTIVE (the previous one SUPERSEDED) and re-tier the latest as-of with it',
  })
  approveTierPolicy(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: RequestContext) {
    return approveTierPolicy(ctx, id, version);
  }

  @FieldResolver(() => StaffReference, { description: 'the maker: who drafted this version' })
  createdBy(@Root() p: TierPolicy) {
    return StaffReference.of(p.createdByStaffId);
  }

  @FieldResolver(() => StaffReference, { nullable: true, description: 'the checker: who approved it, never its maker; null while a draft' })
  approvedBy(@Root() p: TierPolicy) {
    return p.approvedByStaffId == null ? null : StaffReference.of(p.approvedByStaffId);
  }

  @FieldResolver(() => Date, { description: 'when the maker saved it' })
  createdAt(@Root() p: TierPolicy) {
    return p.createdAt;
  }

  @FieldResolver(() => Int, { description: 'Pass it back to approveTierPolicy; a stale one is CONFLICT' })
  version(@Root() p: TierPolicy) {
    return p.version;
  }
}
