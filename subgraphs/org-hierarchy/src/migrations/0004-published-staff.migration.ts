import { Migration } from '@mikro-orm/migrations';

/**
 * What other subgraphs may read of the staff: who works where, in which department, with which roles.
 * managers reads it to know the bank's customer managers and trainers, and to scope them by the path
 * of their unit. No username, no password hash: the view is the contract, the table stays private.
 */
export class PublishedStaff0004 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create view org_hierarchy_api.staff as
      select s.id, s.name, s.position, s.org_unit_id, u.path as org_path, u.level, d.code as department, s.roles, s.active
      from org_hierarchy.staff s
      join org_hierarchy.org_unit u on u.id = s.org_unit_id
      join org_hierarchy.department d on d.id = s.department_id`);
  }

  override async down(): Promise<void> {
    this.addSql('drop view org_hierarchy_api.staff');
  }
}
