import {
  REQUESTER_ROLES,
  REQUESTER_ROLE_LABELS,
  URGENCY_LABELS,
  type HelpCategory,
  type RequesterRole,
  type Urgency,
} from '@hulei/shared';
import type { Choice } from '../../components/choice-list';

// The words a child reads. Each says what it covers in plain language, from the child's side.

export const CATEGORY_CHOICES: readonly Choice<HelpCategory>[] = [
  {
    value: 'sexual_abuse',
    title: '身体被侵犯',
    detail: '有人碰我身体的隐私部位，或让我不舒服地看/拍隐私部位',
  },
  {
    value: 'domestic_violence',
    title: '家里有人打我、伤害我',
    detail: '家里的人打我、狠狠地骂我、关着我，或者大人打架让我很害怕',
  },
  {
    value: 'bullying',
    title: '被人欺负',
    detail: '同学或别人打我、骂我、抢我东西、故意不理我，或者在网上欺负我',
  },
  {
    value: 'trafficking',
    title: '有人要把我带走',
    detail: '有陌生人骗我、逼我跟他走，或者听到有人要把小孩带走、卖掉',
  },
  {
    value: 'neglect',
    title: '没有人照顾我',
    detail: '常常没饭吃、生病没人管、很久一个人在家，或者不让我上学',
  },
  {
    value: 'mental_health',
    title: '心里很难受',
    detail: '总是很伤心、很害怕、睡不着，或者有不想活下去的念头',
  },
  {
    value: 'other',
    title: '别的事',
    detail: '其他让我害怕、担心或者不舒服的事',
  },
];

export const URGENCY_CHOICES: readonly Choice<Urgency>[] = [
  { value: 'urgent', title: URGENCY_LABELS.urgent, detail: '很快还会发生，需要马上有人管' },
  { value: 'normal', title: URGENCY_LABELS.normal, detail: '现在是安全的，可以等妇联来联系' },
];

export const REQUESTER_CHOICES: readonly Choice<RequesterRole>[] = REQUESTER_ROLES.map((value) => ({
  value,
  title: REQUESTER_ROLE_LABELS[value],
}));
