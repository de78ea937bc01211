import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../../../components/feedback.tsx';
import { ApiError } from '../../../../../lib/api-client.ts';
import { Chip } from '../../../../components/status-chip.tsx';
import { useFormat } from '../../../../../lib/format.ts';
import type { Explanation } from '../../../../types.ts';
import { useExplanation } from '../../api/get-explanation.ts';

const NO_RUN = new Set(['enrollment.allocation_not_run', 'resource.not_found']);
const OUTCOME_TONES = { admitted: 'green', below_cutoff: 'grey', full_tie_lost_lottery: 'orange', no_seats: 'grey', not_reached: 'grey' } as const;

/** 派位说明: the family's points, each preferred school's seats and cut-off, and what happened at each. */
export function ExplanationCard({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const explanation = useExplanation(applicationId, true);
  // No run to explain (e.g. a seat given by hand outside any run): nothing to show.
  if (explanation.error instanceof ApiError && NO_RUN.has(explanation.error.code)) return null;
  return (
    <section className="card stack" aria-labelledby="explanation-title">
      <h2 id="explanation-title">{t('family.explanation.title')}</h2>
      {explanation.isPending ? (
        <Loading />
      ) : explanation.isError ? (
        <LoadError error={explanation.error} onRetry={() => void explanation.refetch()} />
      ) : (
        <ExplanationBody explanation={explanation.data} />
      )}
    </section>
  );
}

function ExplanationBody({ explanation }: { explanation: Explanation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const allocated = explanation.allocated;
  return (
    <>
      <p>
        {allocated
          ? t('family.explanation.allocated', { school: format.name(allocated.schoolNameZh, allocated.schoolNameEn) })
          : t('family.explanation.unplaced')}
      </p>
      <dl className="facts">
        <dt>{t('family.explanation.points')}</dt>
        <dd className="num strong">{format.number(explanation.points)}</dd>
        <dt>{t('family.explanation.round')}</dt>
        <dd>{t('family.explanation.roundAt', { round: explanation.round, date: format.dateTime(explanation.runAt) })}</dd>
      </dl>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('family.explanation.preference')}</th>
              <th scope="col" className="right">
                {t('family.explanation.cutoff')}
              </th>
            </tr>
          </thead>
          <tbody>
            {explanation.preferences.map((p) => (
              <tr key={p.schoolId}>
                <td>
                  <span className="strong">
                    {p.rank}. {format.name(p.schoolNameZh, p.schoolNameEn)}
                  </span>
                  <br />
                  <span className="small muted">{t('family.explanation.seats', { count: p.seats })}</span>
                  <br />
                  <Chip tone={OUTCOME_TONES[p.outcome]}>{t(`family.explanation.outcomes.${p.outcome}`)}</Chip>
                </td>
                <td className="right num">{p.cutoffPoints === null ? '—' : format.number(p.cutoffPoints)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {explanation.preferences.some((p) => p.cutoffPoints === null) && <p className="small muted">{t('family.explanation.noCutoff')}</p>}
      <details className="small muted">
        <summary>{t('family.explanation.lotteryTitle')}</summary>
        <p>{t('family.explanation.lotteryText')}</p>
        <p className="num break">{t('family.explanation.ticket', { ticket: explanation.lotteryTicket })}</p>
        <p className="num break">{t('family.explanation.seed', { seed: explanation.seed })}</p>
      </details>
    </>
  );
}
