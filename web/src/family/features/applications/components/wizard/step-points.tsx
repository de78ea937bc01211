import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../../../lib/use-debounced-value.ts';
import { Field } from '../../../../components/field.tsx';
import { useFormat } from '../../../../../lib/format.ts';
import type { PolicyPointsItem, PointsSimulation } from '../../../../types.ts';
import { usePointsSimulation } from '../../api/simulate-points.ts';
import { toDeclared, toFormValues, type PointsFormValues } from '../../logic/points-form.ts';
import type { StepProps } from './step-props.ts';
import { StepFrame } from './step-frame.tsx';
import { useStepSave } from './use-step-save.ts';

/**
 * The declared points items with a live simulator: the server computes (the same calculator the reviewers
 * use) item by item, the total, and what would raise it, while the family types.
 */
export function StepPoints({ application, policy, goBack, goNext }: StepProps) {
  const { t } = useTranslation();
  const { save, isSaving, error } = useStepSave(application);
  const items = policy.pointsItems;
  const [values, setValues] = useState<PointsFormValues>(() => toFormValues(items, application.declaredPoints));
  const [showInvalid, setShowInvalid] = useState(false);
  const { declared, invalid } = toDeclared(items, values);
  const debounced = useDebouncedValue(declared, 350);
  const simulation = usePointsSimulation({ policyId: policy.id, routeCode: application.route.code, declared: debounced }, invalid.length === 0);

  const leave = async (go: () => void) => {
    if (invalid.length > 0) return setShowInvalid(true);
    const unchanged = JSON.stringify(declared) === JSON.stringify(application.declaredPoints);
    await save(unchanged ? null : { declaredPoints: declared });
    go();
  };

  const result = simulation.data ?? application.pointsBreakdown;
  return (
    <StepFrame
      title={t('family.wizard.steps.points')}
      lead={t('family.wizard.pointsLead')}
      error={error ?? simulation.error}
      busy={isSaving}
      onBack={goBack && (() => void leave(goBack).catch(() => undefined))}
      onNext={() => void leave(goNext).catch(() => undefined)}
    >
      {result && <PointsTotal result={result} pending={simulation.isFetching} />}
      {items.map((item) => (
        <PointsItemField
          key={item.key}
          item={item}
          value={values[item.key] ?? ''}
          onChange={(value) => setValues({ ...values, [item.key]: value })}
          invalid={(showInvalid || (values[item.key] ?? '') !== '') && invalid.includes(item.key)}
          result={result}
        />
      ))}
      {result && result.hints.length > 0 && <RaiseHints items={items} result={result} />}
    </StepFrame>
  );
}

function PointsTotal({ result, pending }: { result: PointsSimulation; pending: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="points-total" aria-live="polite" aria-busy={pending}>
      <span>{t('family.points.total')}</span>
      <span>
        <strong>{format.number(result.total)}</strong> <span className="small">{t('family.points.ofMax', { max: format.number(result.maxTotal) })}</span>
      </span>
    </div>
  );
}

interface ItemFieldProps {
  item: PolicyPointsItem;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
  result: PointsSimulation | null;
}

function PointsItemField({ item, value, onChange, invalid, result }: ItemFieldProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const scored = result?.items.find((i) => i.key === item.key);
  const name = format.name(item.nameZh, item.nameEn);
  const score = scored && (
    <span className="score">
      <span className="points-line">
        <span>{t('family.points.itemScore')}</span>
        <span>
          <span className="num">{format.number(scored.points)}</span> / {format.number(scored.cap)}
        </span>
      </span>
      <span className={scored.capped ? 'meter done' : 'meter'} aria-hidden>
        <span style={{ width: `${scored.cap > 0 ? Math.min(100, (scored.points / scored.cap) * 100) : 0}%` }} />
      </span>
    </span>
  );

  if (item.kind === 'choice') {
    return (
      <div className="card">
        <fieldset className="fieldset">
          <legend>{name}</legend>
          <div className="choices">
            {(item.options ?? []).map((option) => (
              <label key={option.value} className="choice">
                <input type="radio" name={`points-${item.key}`} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
                <span className="choice-body">
                  <span>{format.name(option.labelZh, option.labelEn)}</span>
                  <span className="small muted">{t('family.points.optionPoints', { points: format.number(Math.min(option.points, item.cap)) })}</span>
                </span>
              </label>
            ))}
          </div>
          {value !== '' && (
            <button type="button" className="btn btn-link btn-small align-start" onClick={() => onChange('')}>
              {t('family.points.clear')}
            </button>
          )}
          {score}
        </fieldset>
      </div>
    );
  }
  return (
    <div className="card">
      <Field
        label={name}
        hint={t('family.points.perMonthHint', { weight: format.number(item.weight), cap: format.number(item.cap) })}
        error={invalid ? t('family.points.notMonths') : null}
      >
        {(control) => (
          <div className="input-affix">
            <input
              {...control}
              className="input num"
              inputMode="numeric"
              pattern="[0-9]*"
              placeholder="0"
              value={value}
              onChange={(e) => onChange(e.target.value)}
            />
            <span>{t('family.points.months')}</span>
          </div>
        )}
      </Field>
      {score}
    </div>
  );
}

/** "What would raise them": the hints, largest gain first, in words. */
function RaiseHints({ items, result }: { items: PolicyPointsItem[]; result: PointsSimulation }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="alert alert-info" aria-labelledby="points-hints">
      <strong id="points-hints">{t('family.points.howToRaise')}</strong>
      <ul>
        {result.hints.map((hint) => {
          const item = items.find((i) => i.key === hint.key);
          const name = item ? format.name(item.nameZh, item.nameEn) : hint.key;
          const option = item?.options?.find((o) => o.value === hint.option);
          return (
            <li key={hint.key}>
              {hint.messageKey === 'points.more_months'
                ? t('family.points.moreMonths', { item: name, months: hint.months ?? 0, gain: format.number(hint.gain) })
                : t('family.points.betterOption', {
                    item: name,
                    option: option ? format.name(option.labelZh, option.labelEn) : (hint.option ?? ''),
                    gain: format.number(hint.gain),
                  })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
