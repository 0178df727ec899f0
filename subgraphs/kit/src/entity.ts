import { Property } from '@mikro-orm/core';

/**
 * Columns every owned table has: when it was made and changed, and a version that catches
 * concurrent edits (a stale write fails with CONFLICT instead of silently overwriting).
 */
export abstract class AuditedEntity {
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ version: true, default: 1 })
  version!: number;
}
