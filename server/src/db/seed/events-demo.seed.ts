import { randomBytes, randomUUID } from 'node:crypto';
import type { EventAudience, EventKind, EventMode, EventStatus } from '../../../../common/events.ts';
import type { Db } from '../../platform/db/database.ts';
import { nowIso } from '../../platform/db/database.ts';
import * as certificates from '../../modules/events/certificates.repository.ts';
import * as repo from '../../modules/events/events.repository.ts';
import { newVerificationCode } from '../../platform/crypto/verification-code.ts';

// The events of the reports: joint research sessions in Chinese, maths and English across Liangjiang and
// Tianfu, the 成渝名校长工作室论坛 (hybrid) and the 第二届成渝双城智慧教育开放日, dated from today so that
// registration is open when the demo runs. xincun.teacher is registered to the Chinese session and holds the
// certificate of the open day they attended.

interface EventSeed {
  kind: EventKind;
  title: string;
  subject: string | null;
  stage: string | null;
  description: string;
  organizers: string[];
  mode: EventMode;
  venue: string | null;
  address: string | null;
  point: [number, number] | null;
  meetingUrl: string | null;
  /** Days from today, the start hour and the length in hours (Beijing time). */
  inDays: number;
  hour: number;
  hours: number;
  status: EventStatus;
  capacity: number;
  audience: EventAudience;
  audienceIds: string[];
  quotas: { regionId: string; seats: number }[];
  sessions: { title: string; offsetHours: number; hours: number; room: string | null; speakers: string[] }[];
  registered: string[];
}

const SEEDS: EventSeed[] = [
  {
    kind: 'joint_research',
    title: '两江·天府小学语文联合教研：整本书阅读教学',
    subject: 'chinese',
    stage: 'primary',
    description: '两江新区与天府新区小学语文教师同课异构，围绕整本书阅读开展课例研讨与专家点评。',
    organizers: ['research-liangjiang', 'research-tianfu'],
    mode: 'hybrid',
    venue: '重庆两江新区重光小学校 报告厅',
    address: '重庆市两江新区',
    point: [29.6486, 106.556],
    meetingUrl: 'https://meeting.example.cn/lt-chinese',
    inDays: 10,
    hour: 9,
    hours: 7,
    status: 'registration_open',
    capacity: 60,
    audience: 'staff',
    audienceIds: [],
    quotas: [
      { regionId: 'X50001', seats: 20 },
      { regionId: 'X51001', seats: 20 },
    ],
    sessions: [
      { title: '课例展示：《草房子》导读课（同课异构）', offsetHours: 0, hours: 2.5, room: '报告厅', speakers: ['重光小学 语文教研组', '华阳小学 语文教研组'] },
      { title: '专家点评与研讨', offsetHours: 5, hours: 2, room: '报告厅', speakers: ['两江新区教师发展中心 语文教研员', '天府新区教育科学研究院 语文教研员'] },
    ],
    registered: ['xincun.teacher'],
  },
  {
    kind: 'joint_research',
    title: '两江·天府小学数学联合教研：大单元教学设计',
    subject: 'mathematics',
    stage: 'primary',
    description: '线上联合教研：两地数学骨干教师分享大单元教学设计，并进行作业设计研讨。',
    organizers: ['research-tianfu', 'research-liangjiang'],
    mode: 'online',
    venue: null,
    address: null,
    point: null,
    meetingUrl: 'https://meeting.example.cn/lt-maths',
    inDays: 17,
    hour: 14,
    hours: 3,
    status: 'registration_open',
    capacity: 300,
    audience: 'regions',
    audienceIds: ['500000', '510000'],
    quotas: [],
    sessions: [{ title: '大单元教学设计分享与作业设计研讨', offsetHours: 0, hours: 3, room: null, speakers: ['天府新区第一实验小学 数学组'] }],
    registered: [],
  },
  {
    kind: 'joint_research',
    title: '两江·天府初中英语联合教研：读写结合课堂',
    subject: 'english',
    stage: 'junior',
    description: '初中英语读写结合课例观摩与评课。',
    organizers: ['research-liangjiang', 'research-tianfu'],
    mode: 'offline',
    venue: '四川天府新区第一中学',
    address: '四川省成都市天府新区华阳街道',
    point: [30.4119, 104.0703],
    meetingUrl: null,
    inDays: 31,
    hour: 9,
    hours: 4,
    status: 'published',
    capacity: 80,
    audience: 'staff',
    audienceIds: [],
    quotas: [
      { regionId: 'X50001', seats: 30 },
      { regionId: 'X51001', seats: 30 },
    ],
    sessions: [{ title: '课例观摩与评课', offsetHours: 0, hours: 4, room: '学术厅', speakers: [] }],
    registered: [],
  },
  {
    kind: 'forum',
    title: '成渝名校长工作室论坛',
    subject: null,
    stage: null,
    description: '线上线下同步举行：成渝两地名校长工作室围绕学校治理与课程改革进行主题分享与对话。',
    organizers: ['coordination-liangjiang-tianfu', 'bureau-jiangbei', 'bureau-qingyang'],
    mode: 'hybrid',
    venue: '成都市青羊区 泡桐树小学 多功能厅',
    address: '四川省成都市青羊区',
    point: [30.6667, 104.0617],
    meetingUrl: 'https://meeting.example.cn/principals-forum',
    inDays: 24,
    hour: 9,
    hours: 6,
    status: 'registration_open',
    capacity: 200,
    audience: 'staff',
    audienceIds: [],
    quotas: [
      { regionId: '500105', seats: 30 },
      { regionId: '510105', seats: 30 },
    ],
    sessions: [
      { title: '主旨报告：学校治理现代化', offsetHours: 0, hours: 2, room: '多功能厅', speakers: ['新村实验小学 张校长', '泡桐树小学 赵校长'] },
      { title: '圆桌对话：课程改革的成渝经验', offsetHours: 4, hours: 2, room: '多功能厅', speakers: [] },
    ],
    registered: [],
  },
  {
    kind: 'open_day',
    title: '第二届成渝双城智慧教育开放日',
    subject: null,
    stage: null,
    description: '开放智慧课堂，展示数字化教学成果。',
    organizers: ['school-xincun-shiyan', 'bureau-jiangbei'],
    mode: 'offline',
    venue: '重庆市江北区新村实验小学',
    address: '重庆市江北区',
    point: [29.5772, 106.5336],
    meetingUrl: null,
    inDays: -40,
    hour: 9,
    hours: 6,
    status: 'closed',
    capacity: 150,
    audience: 'staff',
    audienceIds: [],
    quotas: [],
    sessions: [{ title: '智慧课堂开放与展示', offsetHours: 0, hours: 6, room: null, speakers: [] }],
    registered: ['xincun.teacher'],
  },
];

/** An instant `days` from today at `hour` Beijing time, plus `plusHours`. */
function at(days: number, hour: number, plusHours = 0): string {
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const start = new Date(`${today}T00:00:00+08:00`).getTime() + (days * 24 + hour + plusHours) * 3600_000;
  return new Date(start).toISOString();
}

export async function seedDemoEvents(db: Db): Promise<number> {
  const existing = await db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return 0;
  const organizerIds = [...new Set(SEEDS.flatMap((s) => s.organizers))];
  const orgs = await repo.findOrganizations(db, organizerIds);
  const regions = await repo.findRegions(
    db,
    SEEDS.flatMap((s) => [...s.quotas.map((q) => q.regionId), ...(s.audience === 'regions' ? s.audienceIds : [])]),
  );
  const users = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name'])
    .where('username', 'in', ['xincun.admin', 'xincun.teacher', 'lt-centre.admin'])
    .execute();
  const userOf = (name: string) => users.find((u) => u.username === name);
  const creator = userOf('lt-centre.admin') ?? userOf('xincun.admin');
  if (!creator || organizerIds.some((id) => !orgs.has(id))) return 0;
  const xincun = (await repo.findOrganizations(db, ['school-xincun-shiyan'])).get('school-xincun-shiyan');
  let count = 0;
  await db.transaction().execute(async (tx) => {
    const now = nowIso();
    for (const seed of SEEDS) {
      const id = randomUUID();
      await repo.insertEvent(tx, {
        id,
        kind: seed.kind,
        title: seed.title,
        subject: seed.subject,
        stage: seed.stage,
        description: seed.description,
        mode: seed.mode,
        venue: seed.venue,
        address: seed.address,
        latitude: seed.point?.[0] ?? null,
        longitude: seed.point?.[1] ?? null,
        meeting_url: seed.meetingUrl,
        starts_at: at(seed.inDays, seed.hour),
        ends_at: at(seed.inDays, seed.hour, seed.hours),
        status: seed.status,
        audience: seed.audience,
        capacity: seed.capacity,
        registration_deadline: seed.inDays > 0 ? at(seed.inDays - 2, 18) : null,
        next_seq: 1,
        cancel_reason: null,
        created_by: creator.id,
        created_at: now,
        updated_at: now,
      });
      const sessionIds = seed.sessions.map(() => randomUUID());
      await repo.replaceParts(tx, id, {
        organizers: seed.organizers.map((o) => ({ event_id: id, organization_id: o, region_path: orgs.get(o)!.regionPath })),
        quotas: seed.quotas.map((q) => ({
          id: randomUUID(),
          event_id: id,
          region_id: q.regionId,
          region_path: regions.get(q.regionId)!.path,
          organization_id: null,
          seats: q.seats,
        })),
        audience: seed.audienceIds.map((r) => ({ event_id: id, region_id: r, region_path: regions.get(r)!.path, organization_id: null })),
        sessions: seed.sessions.map((s, position) => ({
          id: sessionIds[position]!,
          event_id: id,
          position,
          title: s.title,
          starts_at: at(seed.inDays, seed.hour, s.offsetHours),
          ends_at: at(seed.inDays, seed.hour, s.offsetHours + s.hours),
          room: s.room,
          meeting_url: seed.mode === 'offline' ? null : seed.meetingUrl,
          speakers: JSON.stringify(s.speakers),
        })),
      });
      const event = (await repo.findEvent(tx, id))!;
      for (const username of seed.registered) {
        const user = userOf(username);
        if (!user || !xincun) continue;
        const registrationId = randomUUID();
        await repo.insertRegistration(tx, {
          id: registrationId,
          event_id: id,
          user_id: user.id,
          display_name: user.display_name,
          organization_id: xincun.id,
          region_path: xincun.regionPath,
          status: 'confirmed',
          quota_id: null,
          seq: await repo.takeSeq(tx, event),
          check_in_token: randomBytes(18).toString('base64url'),
          registered_by: user.id,
          created_at: now,
          updated_at: now,
          confirmed_at: now,
          cancelled_at: null,
        });
        if (seed.status === 'closed') {
          for (const sessionId of sessionIds)
            await repo.insertAttendance(tx, {
              registration_id: registrationId,
              session_id: sessionId,
              checked_in_at: at(seed.inDays, seed.hour),
              checked_in_by: creator.id,
              method: 'qr',
            });
          // A past event the teacher attended: its certificate is waiting in My events.
          await certificates.insertCertificate(tx, {
            id: randomUUID(),
            registration_id: registrationId,
            event_id: id,
            user_id: user.id,
            holder_name: user.display_name,
            hours: seed.hours,
            verification_code: newVerificationCode(),
            issued_at: at(seed.inDays + 1, 10),
            issued_by: creator.id,
            revoked_at: null,
            revoked_by: null,
            revoke_reason: null,
          });
        }
      }
      count += 1;
    }
  });
  return count;
}
