import { registerEnumType } from 'type-graphql';

/** Grades of the customer-manager career ladder; a grade sets the competency level expected. */
export enum ManagerGrade {
  TRAINEE = 'TRAINEE',
  JUNIOR = 'JUNIOR',
  INTERMEDIATE = 'INTERMEDIATE',
  SENIOR = 'SENIOR',
  PRINCIPAL = 'PRINCIPAL',
}
registerEnumType(ManagerGrade, {
  name: 'ManagerGrade',
  description: 'Career grade: 见习 · 初级 · 中级 · 高级 · 资深',
});

/** 专职 (the job is managing customers) or 兼职 (a teller or officer who also keeps a portfolio). */
export enum ManagerEmployment {
  FULL_TIME = 'FULL_TIME',
  PART_TIME = 'PART_TIME',
}
registerEnumType(ManagerEmployment, { name: 'ManagerEmployment', description: '专职 full-time · 兼职 part-time' });

export enum ManagerSpecialty {
  RETAIL = 'RETAIL',
  CORPORATE = 'CORPORATE',
}
registerEnumType(ManagerSpecialty, { name: 'ManagerSpecialty', description: '零售 retail · 对公 corporate' });
