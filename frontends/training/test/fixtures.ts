import type { ManagerRow } from '../src/managers/managers.queries';

// Fixtures typed with the generated types: a field or code the schema does not have does not compile.
const zgc = { id: '4', name: '中关村网点', nameEn: 'Zhongguancun Outlet' };
const cy = { id: '5', name: '朝阳路网点', nameEn: 'Chaoyang Rd Outlet' };

export const managers: ManagerRow[] = [
  { id: '11', grade: 'INTERMEDIATE', employment: 'FULL_TIME', staff: { id: '11', name: '赵敏' }, orgUnit: zgc },
  { id: '12', grade: 'JUNIOR', employment: 'PART_TIME', staff: { id: '12', name: '孙磊' }, orgUnit: zgc },
  { id: '13', grade: 'SENIOR', employment: 'FULL_TIME', staff: { id: '13', name: '周婷' }, orgUnit: cy },
];
