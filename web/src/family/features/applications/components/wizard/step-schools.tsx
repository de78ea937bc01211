import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../components/feedback.tsx';
import { ArrowDown, ArrowUp, CloseIcon } from '../../../../components/icons.tsx';
import { useFormat } from '../../../../../lib/format.ts';
import { addPreference, movePreference, removePreference } from '../../logic/preferences.ts';
import type { StepProps } from './step-props.ts';
import { StepFrame } from './step-frame.tsx';
import { useStepSave } from './use-step-save.ts';

/** Ranked preferred schools (志愿) among the designated ones: add, move up or down, remove; at most maxPreferences. */
export function StepSchools({ application, policy, goBack, goNext }: StepProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { save, isSaving, error } = useStepSave(application);
  const [ranked, setRanked] = useState<string[]>(() => application.preferences.map((p) => p.schoolId));
  const [problem, setProblem] = useState<string | null>(null);
  const max = policy.maxPreferences;
  const schools = new Map(policy.schools.map((s) => [s.schoolId, s]));
  const nameOf = (id: string) => {
    const school = schools.get(id);
    return school ? format.name(school.nameZh, school.nameEn) : id;
  };
  const available = policy.schools.filter((s) => !ranked.includes(s.schoolId));

  const leave = async (go: () => void, strict: boolean) => {
    if (strict && ranked.length === 0) return setProblem(t('family.wizard.preferencesRequired'));
    const unchanged = JSON.stringify(ranked) === JSON.stringify(application.preferences.map((p) => p.schoolId));
    await save(unchanged ? null : { preferences: ranked });
    go();
  };

  return (
    <StepFrame
      title={t('family.wizard.steps.schools')}
      lead={t('family.wizard.schoolsLead', { count: max })}
      error={error}
      busy={isSaving}
      onBack={goBack && (() => void leave(goBack, false).catch(() => undefined))}
      onNext={() => void leave(goNext, true).catch(() => undefined)}
    >
      <section className="section" aria-labelledby="ranked-title">
        <h3 id="ranked-title">{t('family.wizard.ranked', { count: ranked.length, max })}</h3>
        {ranked.length === 0 ? (
          <p className="empty">{t('family.wizard.noneRanked')}</p>
        ) : (
          <ol className="list" aria-live="polite">
            {ranked.map((id, i) => (
              <li key={id} className="list-item">
                <span className="rank" aria-hidden>
                  {i + 1}
                </span>
                <span className="list-main">
                  <span className="list-title">{nameOf(id)}</span>
                  <span className="list-sub">{t('family.wizard.seats', { count: schools.get(id)?.seats ?? 0 })}</span>
                </span>
                <button
                  type="button"
                  className="icon-btn"
                  disabled={i === 0}
                  onClick={() => setRanked(movePreference(ranked, id, -1))}
                  aria-label={t('family.wizard.moveUp', { school: nameOf(id) })}
                >
                  <ArrowUp />
                </button>
                <button
                  type="button"
                  className="icon-btn"
                  disabled={i === ranked.length - 1}
                  onClick={() => setRanked(movePreference(ranked, id, 1))}
                  aria-label={t('family.wizard.moveDown', { school: nameOf(id) })}
                >
                  <ArrowDown />
                </button>
                <button
                  type="button"
                  className="icon-btn"
                  onClick={() => setRanked(removePreference(ranked, id))}
                  aria-label={t('family.wizard.removeSchool', { school: nameOf(id) })}
                >
                  <CloseIcon />
                </button>
              </li>
            ))}
          </ol>
        )}
        {problem && ranked.length === 0 && <span className="field-error">{problem}</span>}
      </section>

      <section className="section" aria-labelledby="available-title">
        <h3 id="available-title">{t('family.wizard.designated')}</h3>
        {ranked.length >= max && available.length > 0 && <Alert>{t('family.wizard.maxReached', { count: max })}</Alert>}
        {available.length > 0 && (
          <ul className="list">
            {available.map((school) => (
              <li key={school.schoolId} className="list-item">
                <span className="rank rank-idle" aria-hidden>
                  +
                </span>
                <span className="list-main">
                  <span className="list-title">{format.name(school.nameZh, school.nameEn)}</span>
                  <span className="list-sub">{t('family.wizard.seats', { count: school.seats })}</span>
                </span>
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={ranked.length >= max}
                  onClick={() => {
                    setRanked(addPreference(ranked, school.schoolId, max));
                    setProblem(null);
                  }}
                >
                  {t('family.wizard.addSchool')}
                  <span className="visually-hidden"> {format.name(school.nameZh, school.nameEn)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </StepFrame>
  );
}
