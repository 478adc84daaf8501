// The fixed list of regions of the demo portfolio: the 31 provinces of mainland China. `code` (ISO 3166-2:CN) is
// what account.region and merchant.region hold; `division` (GB/T 2260) starts the national ids of the region's
// people; `weight` is the population in millions, so big provinces get more accounts; `city` names merchants.

export interface Region {
  code: string;
  division: string;
  nameZh: string;
  nameEn: string;
  city: string;
  weight: number;
}

export const REGIONS: readonly Region[] = [
  { code: "CN-BJ", division: "11", nameZh: "北京", nameEn: "Beijing", city: "北京", weight: 22 },
  { code: "CN-TJ", division: "12", nameZh: "天津", nameEn: "Tianjin", city: "天津", weight: 14 },
  { code: "CN-HE", division: "13", nameZh: "河北", nameEn: "Hebei", city: "石家庄", weight: 74 },
  { code: "CN-SX", division: "14", nameZh: "山西", nameEn: "Shanxi", city: "太原", weight: 35 },
  { code: "CN-NM", division: "15", nameZh: "内蒙古", nameEn: "Inner Mongolia", city: "呼和浩特", weight: 24 },
  { code: "CN-LN", division: "21", nameZh: "辽宁", nameEn: "Liaoning", city: "沈阳", weight: 42 },
  { code: "CN-JL", division: "22", nameZh: "吉林", nameEn: "Jilin", city: "长春", weight: 24 },
  { code: "CN-HL", division: "23", nameZh: "黑龙江", nameEn: "Heilongjiang", city: "哈尔滨", weight: 31 },
  { code: "CN-SH", division: "31", nameZh: "上海", nameEn: "Shanghai", city: "上海", weight: 25 },
  { code: "CN-JS", division: "32", nameZh: "江苏", nameEn: "Jiangsu", city: "南京", weight: 85 },
  { code: "CN-ZJ", division: "33", nameZh: "浙江", nameEn: "Zhejiang", city: "杭州", weight: 66 },
  { code: "CN-AH", division: "34", nameZh: "安徽", nameEn: "Anhui", city: "合肥", weight: 61 },
  { code: "CN-FJ", division: "35", nameZh: "福建", nameEn: "Fujian", city: "福州", weight: 42 },
  { code: "CN-JX", division: "36", nameZh: "江西", nameEn: "Jiangxi", city: "南昌", weight: 45 },
  { code: "CN-SD", division: "37", nameZh: "山东", nameEn: "Shandong", city: "济南", weight: 102 },
  { code: "CN-HA", division: "41", nameZh: "河南", nameEn: "Henan", city: "郑州", weight: 99 },
  { code: "CN-HB", division: "42", nameZh: "湖北", nameEn: "Hubei", city: "武汉", weight: 58 },
  { code: "CN-HN", division: "43", nameZh: "湖南", nameEn: "Hunan", city: "长沙", weight: 66 },
  { code: "CN-GD", division: "44", nameZh: "广东", nameEn: "Guangdong", city: "广州", weight: 127 },
  { code: "CN-GX", division: "45", nameZh: "广西", nameEn: "Guangxi", city: "南宁", weight: 50 },
  { code: "CN-HI", division: "46", nameZh: "海南", nameEn: "Hainan", city: "海口", weight: 10 },
  { code: "CN-CQ", division: "50", nameZh: "重庆", nameEn: "Chongqing", city: "重庆", weight: 32 },
  { code: "CN-SC", division: "51", nameZh: "四川", nameEn: "Sichuan", city: "成都", weight: 84 },
  { code: "CN-GZ", division: "52", nameZh: "贵州", nameEn: "Guizhou", city: "贵阳", weight: 39 },
  { code: "CN-YN", division: "53", nameZh: "云南", nameEn: "Yunnan", city: "昆明", weight: 47 },
  { code: "CN-XZ", division: "54", nameZh: "西藏", nameEn: "Tibet", city: "拉萨", weight: 4 },
  { code: "CN-SN", division: "61", nameZh: "陕西", nameEn: "Shaanxi", city: "西安", weight: 40 },
  { code: "CN-GS", division: "62", nameZh: "甘肃", nameEn: "Gansu", city: "兰州", weight: 25 },
  { code: "CN-QH", division: "63", nameZh: "青海", nameEn: "Qinghai", city: "西宁", weight: 6 },
  { code: "CN-NX", division: "64", nameZh: "宁夏", nameEn: "Ningxia", city: "银川", weight: 7 },
  { code: "CN-XJ", division: "65", nameZh: "新疆", nameEn: "Xinjiang", city: "乌鲁木齐", weight: 26 },
];

export const REGION_WEIGHTS: readonly (readonly [Region, number])[] = REGIONS.map((region) => [region, region.weight]);
