import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@crm/kit';
import { StaffReference } from '../staff/staff.reference';
import { TierPolicy } from './tier-policy.entity';
import { TierPolicyInput } from './tier-policy.input';
import { TierPolicyPreview } from './tier-policy.types';
import { activeTierPolicy, approveTierPolicy, listTierPolicies, previewTierPolicy, saveTierPolicyDraft } from './tier-policy.service';

@Resolver(() => TierPolicy)
export class TierPolicyResolver {
  @Query(() => [TierPolicy], { description: 'Every tier policy, newest first; anyone may read the rules' })
  tierPolicies(@Ctx() ctx: RequestContext) {
    return listTierPolicies(ctx);
  }

  @Query(() => TierPolicy, { nullable: true, description: 'The policy that decides tiers now' })
  activeTierPolicy(@Ctx() ctx: RequestContext) {
    return activeTierPolicy(ctx);
  }

  @Query(() => TierPolicyPreview, { description: 'Head office: how many customers a policy would move between tiers at an as-of (default the latest); nothing is written' })
  previewTierPolicy(
    @Arg('input', () => TierPolicyInput) input: TierPolicyInput,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => String, { nullable: true }) asOf?: string | null,
  ) {
    return previewTierPolicy(ctx, input, asOf);
  }

  @Mutation(() => TierPolicy, { description: 'Head-office strategy analyst: validate and save a policy as the next DRAFT version of its scheme' })
  saveTierPolicyDraft(@Arg('input', () => TierPolicyInput) input: TierPolicyInput, @Ctx() ctx: RequestContext) {
    return saveTierPolicyDraft(ctx, input);
  }

  @Mutation(() => TierPolicy, { description: 'Head-office strategy analyst: make a draft ACTIVE (the previous one SUPERSEDED) and re-tier the latest as-of with it' })
  approveTierPolicy(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: RequestContext) {
    return approveTierPolicy(ctx, id, version);
  }

  @FieldResolver(() => StaffReference)
  createdBy(@Root() p: TierPolicy) {
    return StaffReference.of(p.createdByStaffId);
  }

  @FieldResolver(() => StaffReference, { nullable: true })
  approvedBy(@Root() p: TierPolicy) {
    return p.approvedByStaffId == null ? null : StaffReference.of(p.approvedByStaffId);
  }

  @FieldResolver(() => Date)
  createdAt(@Root() p: TierPolicy) {
    return p.createdAt;
  }

  @FieldResolver(() => Int, { description: 'Pass it back to approveTierPolicy; a stale one is CONFLICT' })
  version(@Root() p: TierPolicy) {
    return p.version;
  }
}
