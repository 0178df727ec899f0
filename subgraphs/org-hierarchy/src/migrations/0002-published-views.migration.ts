import { Migration } from '@mikro-orm/migrations';

/**
 * What other subgraphs may read of the org structure: the units, their level, parent and path.
 * A view is the contract; the tables stay private and free to change.
 */
export class PublishedViews0002 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists org_hierarchy_api`);
    this.addSql(`create view org_hierarchy_api.org_unit as
      select id, code, name, name_en, level, parent_id, path from org_hierarchy.org_unit`);
  }

  override async down(): Promise<void> {
    this.addSql('drop schema org_hierarchy_api cascade');
  }
}
