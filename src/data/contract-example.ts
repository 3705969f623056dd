/**
 * The worked example the contract builder loads on “载入示例”: a fictional university licensing a
 * patent to a fictional small firm under the Hunan model, paid by three milestones plus a royalty.
 * Every name, number and address is made up (example.* domains, 0000 numbers); the page marks it
 * 示例数据 until it is cleared.
 */
import type { ContractBinding } from '../lib/contract/binding';
import type { ContractForm } from '../lib/contract/form';

export function contractExample(b: ContractBinding): ContractForm {
  return {
    contractNo: 'SL-2026-0001',
    place: '湖南省长沙市',
    signDate: '2026-03-02',
    a: { name: '湖南示例大学', address: '湖南省长沙市示例区学府路1号', legalRep: '张示例', contact: '李示例', phone: '0731-88880000', email: 'tto@example.edu.cn' },
    b: { name: '长沙示例科技有限公司', address: '湖南省长沙市示例区创新路2号', legalRep: '王示例', contact: '赵示例', phone: '13800000000', email: 'contact@example.com' },
    resultName: '一种示例柔性压力传感器及其制备方法',
    resultTypes: ['patent'],
    regNo: 'ZL 2024 1 0000000.0',
    holder: '湖南示例大学',
    techField: '智能传感器',
    trl: '5',
    summary: '本成果为一种柔性压力传感器的结构和制备工艺，已完成实验室样件和相关环境下的验证。（示例）',
    conversion: 'licence',
    licenceKind: 'exclusive',
    territory: '中国大陆',
    licenceFrom: '2026-03-02',
    licenceTo: '2031-03-01',
    fieldOfUse: '工业检测设备',
    plan: {
      rule: b.rules.milestone,
      effective: '',
      revenue: '',
      publicity: '',
      mode: 'milestone',
      agreedMonths: '',
      milestones: [
        { name: '技术验证通过', date: '2026-09-30', amount: '100000', term: '30' },
        { name: '样品试制成功', date: '2027-03-31', amount: '200000', term: '30' },
        { name: '产品正式上市', date: '2027-12-31', amount: '300000', term: '30' },
      ],
      withRoyalty: true,
      royaltyRate: '3',
      royaltyPeriod: 'year',
      royaltyRevenue: '2000000',
      royaltyPeriods: '3',
      royaltyTerm: '30',
      royaltyFrom: 'effective',
      deferredStart: 'period',
      deferredKind: 'lump',
      lumpAmount: '',
      deferredTerm: '',
      instCount: '',
      instAmount: '',
      instInterval: '',
      lateUnpaid: '',
      lateDue: '',
      latePaid: '',
      lateRate: '',
    },
    conditions: [
      '乙方完成中试验证并向甲方提交验证报告，经甲方书面确认',
      '乙方完成样品试制并取得第三方检测报告',
      '基于本成果开发的产品首次对外销售',
    ],
    improvementsOwner: 'joint',
    jointKind: 'shares',
    shares: '甲方40%，乙方60%',
    infringementCost: 'agreed',
    lateRate: '',
    dispute: 'arbitration',
    court: '',
  };
}
