// The four cities the demo bank's branches serve: districts (GB/T 2260 region codes) and streets,
// landline area codes. Only what the generator needs to write plausible addresses and numbers.

export interface District {
  /** GB/T 2260 county-level code: the region code of resident ID numbers and credit codes */
  code: string;
  name: string;
  streets: readonly string[];
}

export interface City {
  /** branch code */
  branch: string;
  /** 北京市 */
  name: string;
  /** short name used in company names: 北京 */
  short: string;
  nameEn: string;
  areaCode: string;
  districts: readonly District[];
}

export const CITIES: readonly City[] = [
  {
    branch: 'BJ',
    name: '北京市',
    short: '北京',
    nameEn: 'Beijing',
    areaCode: '010',
    districts: [
      { code: '110101', name: '东城区', streets: ['王府井大街', '东直门内大街', '朝阳门北大街', '东四北大街'] },
      { code: '110102', name: '西城区', streets: ['金融大街', '西单北大街', '德胜门外大街', '阜成门内大街'] },
      { code: '110105', name: '朝阳区', streets: ['建国路', '望京街', '工人体育场北路', '安立路', '朝阳北路'] },
      { code: '110106', name: '丰台区', streets: ['丰台北路', '南三环西路', '方庄路'] },
      { code: '110108', name: '海淀区', streets: ['中关村大街', '学院路', '成府路', '上地十街', '万柳中路'] },
      { code: '110114', name: '昌平区', streets: ['回龙观西大街', '立汤路', '府学路'] },
    ],
  },
  {
    branch: 'SH',
    name: '上海市',
    short: '上海',
    nameEn: 'Shanghai',
    areaCode: '021',
    districts: [
      { code: '310101', name: '黄浦区', streets: ['南京东路', '淮海中路', '西藏中路', '中山东一路'] },
      { code: '310104', name: '徐汇区', streets: ['漕溪北路', '虹桥路', '宜山路', '龙华中路'] },
      { code: '310106', name: '静安区', streets: ['南京西路', '愚园路', '延安中路', '共和新路'] },
      { code: '310107', name: '普陀区', streets: ['长寿路', '曹杨路', '中山北路'] },
      { code: '310112', name: '闵行区', streets: ['莘庄路', '七莘路', '沪闵路'] },
      { code: '310115', name: '浦东新区', streets: ['世纪大道', '张杨路', '陆家嘴环路', '碧波路', '金桥路'] },
    ],
  },
  {
    branch: 'GZ',
    name: '广州市',
    short: '广州',
    nameEn: 'Guangzhou',
    areaCode: '020',
    districts: [
      { code: '440103', name: '荔湾区', streets: ['中山七路', '芳村大道', '龙津西路'] },
      { code: '440104', name: '越秀区', streets: ['北京路', '中山五路', '环市东路', '东风东路'] },
      { code: '440105', name: '海珠区', streets: ['江南大道中', '新港中路', '工业大道'] },
      { code: '440106', name: '天河区', streets: ['天河路', '珠江东路', '体育西路', '天河北路', '五山路'] },
      { code: '440111', name: '白云区', streets: ['白云大道北', '机场路', '广园中路'] },
      { code: '440113', name: '番禺区', streets: ['市桥街', '迎宾路', '南村路'] },
    ],
  },
  {
    branch: 'CD',
    name: '成都市',
    short: '成都',
    nameEn: 'Chengdu',
    areaCode: '028',
    districts: [
      { code: '510104', name: '锦江区', streets: ['春熙路', '东大街', '红星路', '合江亭路'] },
      { code: '510105', name: '青羊区', streets: ['人民中路', '金河路', '青华路'] },
      { code: '510106', name: '金牛区', streets: ['金府路', '蜀汉路', '沙湾路'] },
      { code: '510107', name: '武侯区', streets: ['武侯祠大街', '桐梓林北路', '玉林南路', '高升桥路'] },
      { code: '510108', name: '成华区', streets: ['建设路', '二环路东二段', '府青路'] },
      { code: '510116', name: '双流区', streets: ['棠湖南路', '航空港大道', '东升街'] },
    ],
  },
];

export function cityOfBranch(branch: string): City {
  const city = CITIES.find((c) => c.branch === branch);
  if (!city) throw new Error(`no city for branch ${branch}`);
  return city;
}

export function districtOf(city: City, code: string): District {
  const d = city.districts.find((x) => x.code === code);
  if (!d) throw new Error(`no district ${code} in ${city.name}`);
  return d;
}

/** Mobile number segments (号段) of the three carriers and virtual operators, weighted roughly by use. */
export const MOBILE_PREFIXES: ReadonlyArray<readonly [string, number]> = [
  ['134', 2],
  ['135', 4],
  ['136', 4],
  ['137', 4],
  ['138', 5],
  ['139', 6],
  ['147', 1],
  ['150', 3],
  ['151', 3],
  ['152', 3],
  ['157', 1],
  ['158', 3],
  ['159', 3],
  ['178', 2],
  ['182', 2],
  ['183', 2],
  ['187', 3],
  ['188', 2],
  ['198', 1],
  ['130', 3],
  ['131', 3],
  ['132', 3],
  ['155', 2],
  ['156', 2],
  ['166', 1],
  ['176', 2],
  ['185', 2],
  ['186', 3],
  ['133', 2],
  ['153', 2],
  ['177', 2],
  ['180', 2],
  ['181', 2],
  ['189', 3],
  ['191', 1],
  ['199', 2],
];
