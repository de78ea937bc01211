import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../../lib/format.ts';
import type { Application } from '../../../../types.ts';
import { eventDetail, newestFirst } from '../../logic/event-detail.ts';

/** 办理进度: every change the family may read, newest first, with the reason or deadline it came with. */
export function Timeline({ application }: { application: Application }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('family.detail.timeline')}</h2>
      <ol className="timeline">
        {newestFirst(application.events).map((event, i) => {
          const detail = eventDetail(event);
          return (
            <li key={`${event.at}-${i}`}>
              <time dateTime={event.at}>{format.dateTime(event.at)}</time>
              <span className="strong">{t(`family.events.${event.kind}`)}</span>
              {detail.reason && <p className="small">{t('family.detail.reason', { reason: detail.reason })}</p>}
              {detail.message && <p className="small">{detail.message}</p>}
              {detail.materials.length > 0 && <p className="small">{detail.materials.map((m) => t(`family.materials.${m}`)).join('、')}</p>}
              {detail.deadline && <p className="small">{t('family.detail.deadline', { date: format.dateTime(detail.deadline) })}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
