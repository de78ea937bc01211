import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FOCUS_AREAS, SUBJECTS, type ProfileTag } from '../../../../../../common/cooperation.ts';
import { profileTagLabel } from '../profile-tag-label.ts';

interface ProfileTagSelectProps {
  value?: ProfileTag[];
  onChange?: (tags: ProfileTag[]) => void;
  placeholder?: string;
  id?: string;
}

/** Subjects and focus areas, in two groups. */
export function ProfileTagSelect({ value, onChange, placeholder, id }: ProfileTagSelectProps) {
  const { t } = useTranslation();
  return (
    <Select<ProfileTag[]>
      id={id}
      mode="multiple"
      allowClear
      value={value}
      onChange={(tags) => onChange?.(tags)}
      placeholder={placeholder}
      aria-label={placeholder}
      showSearch={{ optionFilterProp: 'label' }}
      maxTagCount="responsive"
      options={[
        { label: t('cooperation.finder.subjects'), options: SUBJECTS.map((tag) => ({ value: tag, label: profileTagLabel(t, tag) })) },
        { label: t('cooperation.finder.areas'), options: FOCUS_AREAS.map((tag) => ({ value: tag, label: profileTagLabel(t, tag) })) },
      ]}
      style={{ width: '100%' }}
    />
  );
}
