/**
 * Administrative regions used by the demonstration seed: Chongqing (all 38 districts and counties) and
 * the Sichuan cities named in the two source reports, with every district and county of each.
 *
 * Codes follow GB/T 2260 (administrative division codes of the PRC) as of 2023. National new areas have
 * no GB/T 2260 code; they get platform ids 'X' + 5 digits and a null divisionCode.
 * Coordinates are the approximate seat of government (WGS84-ish, 4 decimals), good enough for maps.
 *
 * Parents come before their children, so the array can be inserted in order.
 */
import type { RegionLevel } from '../../../../../common/directory.ts';

export interface RegionSeed {
  /** The 6-digit GB/T 2260 code, or 'X' + 5 digits for a national new area without one. */
  id: string;
  /** The GB/T 2260 code; null for national new areas. */
  divisionCode: string | null;
  parentId: string | null;
  level: RegionLevel;
  nameZh: string;
  nameEn: string;
  latitude: number;
  longitude: number;
}

export const regionSeeds: RegionSeed[] = [
  // 重庆市: the municipality, its 26 districts and 12 counties, and 两江新区
  { id: '500000', divisionCode: '500000', parentId: null, level: 'municipality', nameZh: '重庆市', nameEn: 'Chongqing Municipality', latitude: 29.5630, longitude: 106.5516 },
  { id: '500101', divisionCode: '500101', parentId: '500000', level: 'district', nameZh: '万州区', nameEn: 'Wanzhou District', latitude: 30.8078, longitude: 108.4089 },
  { id: '500102', divisionCode: '500102', parentId: '500000', level: 'district', nameZh: '涪陵区', nameEn: 'Fuling District', latitude: 29.7037, longitude: 107.3949 },
  { id: '500103', divisionCode: '500103', parentId: '500000', level: 'district', nameZh: '渝中区', nameEn: 'Yuzhong District', latitude: 29.5567, longitude: 106.5629 },
  { id: '500104', divisionCode: '500104', parentId: '500000', level: 'district', nameZh: '大渡口区', nameEn: 'Dadukou District', latitude: 29.4810, longitude: 106.4861 },
  { id: '500105', divisionCode: '500105', parentId: '500000', level: 'district', nameZh: '江北区', nameEn: 'Jiangbei District', latitude: 29.5754, longitude: 106.5328 },
  { id: '500106', divisionCode: '500106', parentId: '500000', level: 'district', nameZh: '沙坪坝区', nameEn: 'Shapingba District', latitude: 29.5412, longitude: 106.4542 },
  { id: '500107', divisionCode: '500107', parentId: '500000', level: 'district', nameZh: '九龙坡区', nameEn: 'Jiulongpo District', latitude: 29.5235, longitude: 106.4810 },
  { id: '500108', divisionCode: '500108', parentId: '500000', level: 'district', nameZh: '南岸区', nameEn: "Nan'an District", latitude: 29.5240, longitude: 106.5608 },
  { id: '500109', divisionCode: '500109', parentId: '500000', level: 'district', nameZh: '北碚区', nameEn: 'Beibei District', latitude: 29.8254, longitude: 106.4379 },
  { id: '500110', divisionCode: '500110', parentId: '500000', level: 'district', nameZh: '綦江区', nameEn: 'Qijiang District', latitude: 29.0281, longitude: 106.6514 },
  { id: '500111', divisionCode: '500111', parentId: '500000', level: 'district', nameZh: '大足区', nameEn: 'Dazu District', latitude: 29.7005, longitude: 105.7153 },
  { id: '500112', divisionCode: '500112', parentId: '500000', level: 'district', nameZh: '渝北区', nameEn: 'Yubei District', latitude: 29.6015, longitude: 106.5129 },
  { id: '500113', divisionCode: '500113', parentId: '500000', level: 'district', nameZh: '巴南区', nameEn: 'Banan District', latitude: 29.3819, longitude: 106.5194 },
  { id: '500114', divisionCode: '500114', parentId: '500000', level: 'district', nameZh: '黔江区', nameEn: 'Qianjiang District', latitude: 29.5275, longitude: 108.7826 },
  { id: '500115', divisionCode: '500115', parentId: '500000', level: 'district', nameZh: '长寿区', nameEn: 'Changshou District', latitude: 29.8337, longitude: 107.0749 },
  { id: '500116', divisionCode: '500116', parentId: '500000', level: 'district', nameZh: '江津区', nameEn: 'Jiangjin District', latitude: 29.2834, longitude: 106.2532 },
  { id: '500117', divisionCode: '500117', parentId: '500000', level: 'district', nameZh: '合川区', nameEn: 'Hechuan District', latitude: 29.9910, longitude: 106.2656 },
  { id: '500118', divisionCode: '500118', parentId: '500000', level: 'district', nameZh: '永川区', nameEn: 'Yongchuan District', latitude: 29.3487, longitude: 105.8947 },
  { id: '500119', divisionCode: '500119', parentId: '500000', level: 'district', nameZh: '南川区', nameEn: 'Nanchuan District', latitude: 29.1566, longitude: 107.0982 },
  { id: '500120', divisionCode: '500120', parentId: '500000', level: 'district', nameZh: '璧山区', nameEn: 'Bishan District', latitude: 29.5936, longitude: 106.2311 },
  { id: '500151', divisionCode: '500151', parentId: '500000', level: 'district', nameZh: '铜梁区', nameEn: 'Tongliang District', latitude: 29.8399, longitude: 106.0549 },
  { id: '500152', divisionCode: '500152', parentId: '500000', level: 'district', nameZh: '潼南区', nameEn: 'Tongnan District', latitude: 30.1896, longitude: 105.8418 },
  { id: '500153', divisionCode: '500153', parentId: '500000', level: 'district', nameZh: '荣昌区', nameEn: 'Rongchang District', latitude: 29.4036, longitude: 105.5941 },
  { id: '500154', divisionCode: '500154', parentId: '500000', level: 'district', nameZh: '开州区', nameEn: 'Kaizhou District', latitude: 31.1677, longitude: 108.4133 },
  { id: '500155', divisionCode: '500155', parentId: '500000', level: 'district', nameZh: '梁平区', nameEn: 'Liangping District', latitude: 30.6722, longitude: 107.8000 },
  { id: '500156', divisionCode: '500156', parentId: '500000', level: 'district', nameZh: '武隆区', nameEn: 'Wulong District', latitude: 29.3238, longitude: 107.7566 },
  { id: '500229', divisionCode: '500229', parentId: '500000', level: 'district', nameZh: '城口县', nameEn: 'Chengkou County', latitude: 31.9463, longitude: 108.6649 },
  { id: '500230', divisionCode: '500230', parentId: '500000', level: 'district', nameZh: '丰都县', nameEn: 'Fengdu County', latitude: 29.8664, longitude: 107.7325 },
  { id: '500231', divisionCode: '500231', parentId: '500000', level: 'district', nameZh: '垫江县', nameEn: 'Dianjiang County', latitude: 30.3300, longitude: 107.3487 },
  { id: '500233', divisionCode: '500233', parentId: '500000', level: 'district', nameZh: '忠县', nameEn: 'Zhong County', latitude: 30.2915, longitude: 108.0375 },
  { id: '500235', divisionCode: '500235', parentId: '500000', level: 'district', nameZh: '云阳县', nameEn: 'Yunyang County', latitude: 30.9305, longitude: 108.6977 },
  { id: '500236', divisionCode: '500236', parentId: '500000', level: 'district', nameZh: '奉节县', nameEn: 'Fengjie County', latitude: 31.0200, longitude: 109.4658 },
  { id: '500237', divisionCode: '500237', parentId: '500000', level: 'district', nameZh: '巫山县', nameEn: 'Wushan County', latitude: 31.0748, longitude: 109.8789 },
  { id: '500238', divisionCode: '500238', parentId: '500000', level: 'district', nameZh: '巫溪县', nameEn: 'Wuxi County', latitude: 31.3966, longitude: 109.6289 },
  { id: '500240', divisionCode: '500240', parentId: '500000', level: 'district', nameZh: '石柱土家族自治县', nameEn: 'Shizhu Tujia Autonomous County', latitude: 29.9985, longitude: 108.1124 },
  { id: '500241', divisionCode: '500241', parentId: '500000', level: 'district', nameZh: '秀山土家族苗族自治县', nameEn: 'Xiushan Tujia and Miao Autonomous County', latitude: 28.4448, longitude: 108.9960 },
  { id: '500242', divisionCode: '500242', parentId: '500000', level: 'district', nameZh: '酉阳土家族苗族自治县', nameEn: 'Youyang Tujia and Miao Autonomous County', latitude: 28.8398, longitude: 108.7672 },
  { id: '500243', divisionCode: '500243', parentId: '500000', level: 'district', nameZh: '彭水苗族土家族自治县', nameEn: 'Pengshui Miao and Tujia Autonomous County', latitude: 29.2939, longitude: 108.1666 },
  { id: 'X50001', divisionCode: null, parentId: '500000', level: 'new_area', nameZh: '两江新区', nameEn: 'Liangjiang New Area', latitude: 29.6486, longitude: 106.5560 },

  // 四川省: the province, then each city followed by its districts and counties
  { id: '510000', divisionCode: '510000', parentId: null, level: 'province', nameZh: '四川省', nameEn: 'Sichuan Province', latitude: 30.6517, longitude: 104.0759 },
  // 成都市 (四川天府新区 follows its districts)
  { id: '510100', divisionCode: '510100', parentId: '510000', level: 'city', nameZh: '成都市', nameEn: 'Chengdu', latitude: 30.5712, longitude: 104.0632 },
  { id: '510104', divisionCode: '510104', parentId: '510100', level: 'district', nameZh: '锦江区', nameEn: 'Jinjiang District', latitude: 30.6577, longitude: 104.0810 },
  { id: '510105', divisionCode: '510105', parentId: '510100', level: 'district', nameZh: '青羊区', nameEn: 'Qingyang District', latitude: 30.6676, longitude: 104.0557 },
  { id: '510106', divisionCode: '510106', parentId: '510100', level: 'district', nameZh: '金牛区', nameEn: 'Jinniu District', latitude: 30.6921, longitude: 104.0435 },
  { id: '510107', divisionCode: '510107', parentId: '510100', level: 'district', nameZh: '武侯区', nameEn: 'Wuhou District', latitude: 30.6309, longitude: 104.0517 },
  { id: '510108', divisionCode: '510108', parentId: '510100', level: 'district', nameZh: '成华区', nameEn: 'Chenghua District', latitude: 30.6603, longitude: 104.1031 },
  { id: '510112', divisionCode: '510112', parentId: '510100', level: 'district', nameZh: '龙泉驿区', nameEn: 'Longquanyi District', latitude: 30.5607, longitude: 104.2692 },
  { id: '510113', divisionCode: '510113', parentId: '510100', level: 'district', nameZh: '青白江区', nameEn: 'Qingbaijiang District', latitude: 30.8834, longitude: 104.2549 },
  { id: '510114', divisionCode: '510114', parentId: '510100', level: 'district', nameZh: '新都区', nameEn: 'Xindu District', latitude: 30.8242, longitude: 104.1602 },
  { id: '510115', divisionCode: '510115', parentId: '510100', level: 'district', nameZh: '温江区', nameEn: 'Wenjiang District', latitude: 30.6980, longitude: 103.8368 },
  { id: '510116', divisionCode: '510116', parentId: '510100', level: 'district', nameZh: '双流区', nameEn: 'Shuangliu District', latitude: 30.5732, longitude: 103.9227 },
  { id: '510117', divisionCode: '510117', parentId: '510100', level: 'district', nameZh: '郫都区', nameEn: 'Pidu District', latitude: 30.8088, longitude: 103.8878 },
  { id: '510118', divisionCode: '510118', parentId: '510100', level: 'district', nameZh: '新津区', nameEn: 'Xinjin District', latitude: 30.4143, longitude: 103.8124 },
  { id: '510121', divisionCode: '510121', parentId: '510100', level: 'district', nameZh: '金堂县', nameEn: 'Jintang County', latitude: 30.8584, longitude: 104.4156 },
  { id: '510129', divisionCode: '510129', parentId: '510100', level: 'district', nameZh: '大邑县', nameEn: 'Dayi County', latitude: 30.5866, longitude: 103.5224 },
  { id: '510131', divisionCode: '510131', parentId: '510100', level: 'district', nameZh: '蒲江县', nameEn: 'Pujiang County', latitude: 30.1944, longitude: 103.5115 },
  { id: '510181', divisionCode: '510181', parentId: '510100', level: 'district', nameZh: '都江堰市', nameEn: 'Dujiangyan City', latitude: 30.9911, longitude: 103.6279 },
  { id: '510182', divisionCode: '510182', parentId: '510100', level: 'district', nameZh: '彭州市', nameEn: 'Pengzhou City', latitude: 30.9852, longitude: 103.9412 },
  { id: '510183', divisionCode: '510183', parentId: '510100', level: 'district', nameZh: '邛崃市', nameEn: 'Qionglai City', latitude: 30.4133, longitude: 103.4614 },
  { id: '510184', divisionCode: '510184', parentId: '510100', level: 'district', nameZh: '崇州市', nameEn: 'Chongzhou City', latitude: 30.6315, longitude: 103.6710 },
  { id: '510185', divisionCode: '510185', parentId: '510100', level: 'district', nameZh: '简阳市', nameEn: 'Jianyang City', latitude: 30.3907, longitude: 104.5503 },
  { id: 'X51001', divisionCode: null, parentId: '510100', level: 'new_area', nameZh: '四川天府新区', nameEn: 'Sichuan Tianfu New Area', latitude: 30.4119, longitude: 104.0703 },
  // 自贡市
  { id: '510300', divisionCode: '510300', parentId: '510000', level: 'city', nameZh: '自贡市', nameEn: 'Zigong', latitude: 29.3528, longitude: 104.7734 },
  { id: '510302', divisionCode: '510302', parentId: '510300', level: 'district', nameZh: '自流井区', nameEn: 'Ziliujing District', latitude: 29.3432, longitude: 104.7782 },
  { id: '510303', divisionCode: '510303', parentId: '510300', level: 'district', nameZh: '贡井区', nameEn: 'Gongjing District', latitude: 29.3457, longitude: 104.7144 },
  { id: '510304', divisionCode: '510304', parentId: '510300', level: 'district', nameZh: '大安区', nameEn: "Da'an District", latitude: 29.3671, longitude: 104.7832 },
  { id: '510311', divisionCode: '510311', parentId: '510300', level: 'district', nameZh: '沿滩区', nameEn: 'Yantan District', latitude: 29.2725, longitude: 104.8764 },
  { id: '510321', divisionCode: '510321', parentId: '510300', level: 'district', nameZh: '荣县', nameEn: 'Rong County', latitude: 29.4549, longitude: 104.4239 },
  { id: '510322', divisionCode: '510322', parentId: '510300', level: 'district', nameZh: '富顺县', nameEn: 'Fushun County', latitude: 29.1813, longitude: 104.9843 },
  // 泸州市
  { id: '510500', divisionCode: '510500', parentId: '510000', level: 'city', nameZh: '泸州市', nameEn: 'Luzhou', latitude: 28.8891, longitude: 105.4433 },
  { id: '510502', divisionCode: '510502', parentId: '510500', level: 'district', nameZh: '江阳区', nameEn: 'Jiangyang District', latitude: 28.8829, longitude: 105.4451 },
  { id: '510503', divisionCode: '510503', parentId: '510500', level: 'district', nameZh: '纳溪区', nameEn: 'Naxi District', latitude: 28.7763, longitude: 105.3772 },
  { id: '510504', divisionCode: '510504', parentId: '510500', level: 'district', nameZh: '龙马潭区', nameEn: 'Longmatan District', latitude: 28.8976, longitude: 105.4352 },
  { id: '510521', divisionCode: '510521', parentId: '510500', level: 'district', nameZh: '泸县', nameEn: 'Lu County', latitude: 29.1513, longitude: 105.3763 },
  { id: '510522', divisionCode: '510522', parentId: '510500', level: 'district', nameZh: '合江县', nameEn: 'Hejiang County', latitude: 28.8103, longitude: 105.8341 },
  { id: '510524', divisionCode: '510524', parentId: '510500', level: 'district', nameZh: '叙永县', nameEn: 'Xuyong County', latitude: 28.1679, longitude: 105.4378 },
  { id: '510525', divisionCode: '510525', parentId: '510500', level: 'district', nameZh: '古蔺县', nameEn: 'Gulin County', latitude: 28.0395, longitude: 105.8134 },
  // 德阳市
  { id: '510600', divisionCode: '510600', parentId: '510000', level: 'city', nameZh: '德阳市', nameEn: 'Deyang', latitude: 31.1280, longitude: 104.3987 },
  { id: '510603', divisionCode: '510603', parentId: '510600', level: 'district', nameZh: '旌阳区', nameEn: 'Jingyang District', latitude: 31.1304, longitude: 104.3896 },
  { id: '510604', divisionCode: '510604', parentId: '510600', level: 'district', nameZh: '罗江区', nameEn: 'Luojiang District', latitude: 31.3033, longitude: 104.5071 },
  { id: '510623', divisionCode: '510623', parentId: '510600', level: 'district', nameZh: '中江县', nameEn: 'Zhongjiang County', latitude: 31.0368, longitude: 104.6778 },
  { id: '510681', divisionCode: '510681', parentId: '510600', level: 'district', nameZh: '广汉市', nameEn: 'Guanghan City', latitude: 30.9772, longitude: 104.2819 },
  { id: '510682', divisionCode: '510682', parentId: '510600', level: 'district', nameZh: '什邡市', nameEn: 'Shifang City', latitude: 31.1269, longitude: 104.1737 },
  { id: '510683', divisionCode: '510683', parentId: '510600', level: 'district', nameZh: '绵竹市', nameEn: 'Mianzhu City', latitude: 31.3431, longitude: 104.2002 },
  // 绵阳市
  { id: '510700', divisionCode: '510700', parentId: '510000', level: 'city', nameZh: '绵阳市', nameEn: 'Mianyang', latitude: 31.4640, longitude: 104.7417 },
  { id: '510703', divisionCode: '510703', parentId: '510700', level: 'district', nameZh: '涪城区', nameEn: 'Fucheng District', latitude: 31.4636, longitude: 104.7410 },
  { id: '510704', divisionCode: '510704', parentId: '510700', level: 'district', nameZh: '游仙区', nameEn: 'Youxian District', latitude: 31.4848, longitude: 104.7700 },
  { id: '510705', divisionCode: '510705', parentId: '510700', level: 'district', nameZh: '安州区', nameEn: 'Anzhou District', latitude: 31.5389, longitude: 104.5603 },
  { id: '510722', divisionCode: '510722', parentId: '510700', level: 'district', nameZh: '三台县', nameEn: 'Santai County', latitude: 31.0909, longitude: 105.0903 },
  { id: '510723', divisionCode: '510723', parentId: '510700', level: 'district', nameZh: '盐亭县', nameEn: 'Yanting County', latitude: 31.2232, longitude: 105.3920 },
  { id: '510725', divisionCode: '510725', parentId: '510700', level: 'district', nameZh: '梓潼县', nameEn: 'Zitong County', latitude: 31.6352, longitude: 105.1635 },
  { id: '510726', divisionCode: '510726', parentId: '510700', level: 'district', nameZh: '北川羌族自治县', nameEn: 'Beichuan Qiang Autonomous County', latitude: 31.6159, longitude: 104.4681 },
  { id: '510727', divisionCode: '510727', parentId: '510700', level: 'district', nameZh: '平武县', nameEn: 'Pingwu County', latitude: 32.4076, longitude: 104.5306 },
  { id: '510781', divisionCode: '510781', parentId: '510700', level: 'district', nameZh: '江油市', nameEn: 'Jiangyou City', latitude: 31.7764, longitude: 104.7444 },
  // 遂宁市
  { id: '510900', divisionCode: '510900', parentId: '510000', level: 'city', nameZh: '遂宁市', nameEn: 'Suining', latitude: 30.5133, longitude: 105.5713 },
  { id: '510903', divisionCode: '510903', parentId: '510900', level: 'district', nameZh: '船山区', nameEn: 'Chuanshan District', latitude: 30.5026, longitude: 105.5822 },
  { id: '510904', divisionCode: '510904', parentId: '510900', level: 'district', nameZh: '安居区', nameEn: 'Anju District', latitude: 30.3461, longitude: 105.4594 },
  { id: '510921', divisionCode: '510921', parentId: '510900', level: 'district', nameZh: '蓬溪县', nameEn: 'Pengxi County', latitude: 30.7749, longitude: 105.7137 },
  { id: '510923', divisionCode: '510923', parentId: '510900', level: 'district', nameZh: '大英县', nameEn: 'Daying County', latitude: 30.5816, longitude: 105.2522 },
  { id: '510981', divisionCode: '510981', parentId: '510900', level: 'district', nameZh: '射洪市', nameEn: 'Shehong City', latitude: 30.8688, longitude: 105.3818 },
  // 内江市
  { id: '511000', divisionCode: '511000', parentId: '510000', level: 'city', nameZh: '内江市', nameEn: 'Neijiang', latitude: 29.5871, longitude: 105.0661 },
  { id: '511002', divisionCode: '511002', parentId: '511000', level: 'district', nameZh: '市中区', nameEn: 'Shizhong District', latitude: 29.5853, longitude: 105.0655 },
  { id: '511011', divisionCode: '511011', parentId: '511000', level: 'district', nameZh: '东兴区', nameEn: 'Dongxing District', latitude: 29.6001, longitude: 105.0672 },
  { id: '511024', divisionCode: '511024', parentId: '511000', level: 'district', nameZh: '威远县', nameEn: 'Weiyuan County', latitude: 29.5269, longitude: 104.6683 },
  { id: '511025', divisionCode: '511025', parentId: '511000', level: 'district', nameZh: '资中县', nameEn: 'Zizhong County', latitude: 29.7753, longitude: 104.8525 },
  { id: '511083', divisionCode: '511083', parentId: '511000', level: 'district', nameZh: '隆昌市', nameEn: 'Longchang City', latitude: 29.3382, longitude: 105.2881 },
  // 南充市
  { id: '511300', divisionCode: '511300', parentId: '510000', level: 'city', nameZh: '南充市', nameEn: 'Nanchong', latitude: 30.7953, longitude: 106.0830 },
  { id: '511302', divisionCode: '511302', parentId: '511300', level: 'district', nameZh: '顺庆区', nameEn: 'Shunqing District', latitude: 30.7956, longitude: 106.0841 },
  { id: '511303', divisionCode: '511303', parentId: '511300', level: 'district', nameZh: '高坪区', nameEn: 'Gaoping District', latitude: 30.7818, longitude: 106.1090 },
  { id: '511304', divisionCode: '511304', parentId: '511300', level: 'district', nameZh: '嘉陵区', nameEn: 'Jialing District', latitude: 30.7630, longitude: 106.0670 },
  { id: '511321', divisionCode: '511321', parentId: '511300', level: 'district', nameZh: '南部县', nameEn: 'Nanbu County', latitude: 31.3494, longitude: 106.0611 },
  { id: '511322', divisionCode: '511322', parentId: '511300', level: 'district', nameZh: '营山县', nameEn: 'Yingshan County', latitude: 31.0759, longitude: 106.5649 },
  { id: '511323', divisionCode: '511323', parentId: '511300', level: 'district', nameZh: '蓬安县', nameEn: "Peng'an County", latitude: 31.0280, longitude: 106.4135 },
  { id: '511324', divisionCode: '511324', parentId: '511300', level: 'district', nameZh: '仪陇县', nameEn: 'Yilong County', latitude: 31.2713, longitude: 106.2971 },
  { id: '511325', divisionCode: '511325', parentId: '511300', level: 'district', nameZh: '西充县', nameEn: 'Xichong County', latitude: 30.9946, longitude: 105.8930 },
  { id: '511381', divisionCode: '511381', parentId: '511300', level: 'district', nameZh: '阆中市', nameEn: 'Langzhong City', latitude: 31.5805, longitude: 105.9753 },
  // 宜宾市
  { id: '511500', divisionCode: '511500', parentId: '510000', level: 'city', nameZh: '宜宾市', nameEn: 'Yibin', latitude: 28.7602, longitude: 104.6308 },
  { id: '511502', divisionCode: '511502', parentId: '511500', level: 'district', nameZh: '翠屏区', nameEn: 'Cuiping District', latitude: 28.7602, longitude: 104.6302 },
  { id: '511503', divisionCode: '511503', parentId: '511500', level: 'district', nameZh: '南溪区', nameEn: 'Nanxi District', latitude: 28.8398, longitude: 104.9811 },
  { id: '511504', divisionCode: '511504', parentId: '511500', level: 'district', nameZh: '叙州区', nameEn: 'Xuzhou District', latitude: 28.6957, longitude: 104.5415 },
  { id: '511523', divisionCode: '511523', parentId: '511500', level: 'district', nameZh: '江安县', nameEn: "Jiang'an County", latitude: 28.7281, longitude: 105.0687 },
  { id: '511524', divisionCode: '511524', parentId: '511500', level: 'district', nameZh: '长宁县', nameEn: 'Changning County', latitude: 28.5773, longitude: 104.9211 },
  { id: '511525', divisionCode: '511525', parentId: '511500', level: 'district', nameZh: '高县', nameEn: 'Gao County', latitude: 28.4357, longitude: 104.5192 },
  { id: '511526', divisionCode: '511526', parentId: '511500', level: 'district', nameZh: '珙县', nameEn: 'Gong County', latitude: 28.4490, longitude: 104.7123 },
  { id: '511527', divisionCode: '511527', parentId: '511500', level: 'district', nameZh: '筠连县', nameEn: 'Junlian County', latitude: 28.1620, longitude: 104.5078 },
  { id: '511528', divisionCode: '511528', parentId: '511500', level: 'district', nameZh: '兴文县', nameEn: 'Xingwen County', latitude: 28.3030, longitude: 105.2365 },
  { id: '511529', divisionCode: '511529', parentId: '511500', level: 'district', nameZh: '屏山县', nameEn: 'Pingshan County', latitude: 28.6424, longitude: 104.1626 },
  // 广安市
  { id: '511600', divisionCode: '511600', parentId: '510000', level: 'city', nameZh: '广安市', nameEn: "Guang'an", latitude: 30.4564, longitude: 106.6334 },
  { id: '511602', divisionCode: '511602', parentId: '511600', level: 'district', nameZh: '广安区', nameEn: "Guang'an District", latitude: 30.4564, longitude: 106.6329 },
  { id: '511603', divisionCode: '511603', parentId: '511600', level: 'district', nameZh: '前锋区', nameEn: 'Qianfeng District', latitude: 30.4963, longitude: 106.8933 },
  { id: '511621', divisionCode: '511621', parentId: '511600', level: 'district', nameZh: '岳池县', nameEn: 'Yuechi County', latitude: 30.5335, longitude: 106.4445 },
  { id: '511622', divisionCode: '511622', parentId: '511600', level: 'district', nameZh: '武胜县', nameEn: 'Wusheng County', latitude: 30.3443, longitude: 106.2925 },
  { id: '511623', divisionCode: '511623', parentId: '511600', level: 'district', nameZh: '邻水县', nameEn: 'Linshui County', latitude: 30.3343, longitude: 106.9350 },
  { id: '511681', divisionCode: '511681', parentId: '511600', level: 'district', nameZh: '华蓥市', nameEn: 'Huaying City', latitude: 30.3806, longitude: 106.7779 },
  // 达州市
  { id: '511700', divisionCode: '511700', parentId: '510000', level: 'city', nameZh: '达州市', nameEn: 'Dazhou', latitude: 31.2095, longitude: 107.5023 },
  { id: '511702', divisionCode: '511702', parentId: '511700', level: 'district', nameZh: '通川区', nameEn: 'Tongchuan District', latitude: 31.2135, longitude: 107.5011 },
  { id: '511703', divisionCode: '511703', parentId: '511700', level: 'district', nameZh: '达川区', nameEn: 'Dachuan District', latitude: 31.1991, longitude: 107.5079 },
  { id: '511722', divisionCode: '511722', parentId: '511700', level: 'district', nameZh: '宣汉县', nameEn: 'Xuanhan County', latitude: 31.3550, longitude: 107.7223 },
  { id: '511723', divisionCode: '511723', parentId: '511700', level: 'district', nameZh: '开江县', nameEn: 'Kaijiang County', latitude: 31.0855, longitude: 107.8641 },
  { id: '511724', divisionCode: '511724', parentId: '511700', level: 'district', nameZh: '大竹县', nameEn: 'Dazhu County', latitude: 30.7363, longitude: 107.2074 },
  { id: '511725', divisionCode: '511725', parentId: '511700', level: 'district', nameZh: '渠县', nameEn: 'Qu County', latitude: 30.8363, longitude: 106.9707 },
  { id: '511781', divisionCode: '511781', parentId: '511700', level: 'district', nameZh: '万源市', nameEn: 'Wanyuan City', latitude: 32.0678, longitude: 108.0375 },
  // 巴中市
  { id: '511900', divisionCode: '511900', parentId: '510000', level: 'city', nameZh: '巴中市', nameEn: 'Bazhong', latitude: 31.8588, longitude: 106.7537 },
  { id: '511902', divisionCode: '511902', parentId: '511900', level: 'district', nameZh: '巴州区', nameEn: 'Bazhou District', latitude: 31.8584, longitude: 106.7537 },
  { id: '511903', divisionCode: '511903', parentId: '511900', level: 'district', nameZh: '恩阳区', nameEn: 'Enyang District', latitude: 31.8163, longitude: 106.4865 },
  { id: '511921', divisionCode: '511921', parentId: '511900', level: 'district', nameZh: '通江县', nameEn: 'Tongjiang County', latitude: 31.9121, longitude: 107.2476 },
  { id: '511922', divisionCode: '511922', parentId: '511900', level: 'district', nameZh: '南江县', nameEn: 'Nanjiang County', latitude: 32.3532, longitude: 106.8434 },
  { id: '511923', divisionCode: '511923', parentId: '511900', level: 'district', nameZh: '平昌县', nameEn: 'Pingchang County', latitude: 31.5628, longitude: 107.1019 },
];
