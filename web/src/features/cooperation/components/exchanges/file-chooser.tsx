import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Upload, type UploadFile } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FILE_ACCEPT, fileProblem, isPhoto } from '../../logic/file-check.ts';

export interface ChosenFile {
  uid: string;
  file: File;
  /** An object URL for a photo's preview; none for documents. */
  previewUrl: string | null;
}

interface FileChooserProps {
  value: readonly ChosenFile[];
  onChange: (files: ChosenFile[]) => void;
  disabled?: boolean;
}

/** Photos and documents chosen before the exchange is saved, with previews; sent after it is created. */
export function FileChooser({ value, onChange, disabled }: FileChooserProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const latest = useRef(value);
  latest.current = value;
  // Previews are object URLs: release them when the form goes away.
  useEffect(() => () => latest.current.forEach((f) => f.previewUrl && URL.revokeObjectURL(f.previewUrl)), []);

  const fileList: UploadFile[] = value.map((f) => ({
    uid: f.uid,
    name: f.file.name,
    size: f.file.size,
    status: 'done',
    thumbUrl: f.previewUrl ?? undefined,
    url: f.previewUrl ?? undefined,
  }));
  return (
    <Upload
      accept={FILE_ACCEPT}
      multiple
      listType="picture"
      fileList={fileList}
      disabled={disabled}
      aria-label={t('cooperation.exchanges.chooseFiles')}
      beforeUpload={(file) => {
        const problem = fileProblem(file);
        if (problem) {
          void message.error(t(`cooperation.files.problems.${problem}`, { name: file.name }));
          return Upload.LIST_IGNORE;
        }
        const chosen: ChosenFile = { uid: file.uid, file, previewUrl: isPhoto(file) ? URL.createObjectURL(file) : null };
        onChange([...latest.current, chosen]);
        latest.current = [...latest.current, chosen];
        return false;
      }}
      onRemove={(removed) => {
        const gone = value.find((f) => f.uid === removed.uid);
        if (gone?.previewUrl) URL.revokeObjectURL(gone.previewUrl);
        onChange(value.filter((f) => f.uid !== removed.uid));
      }}
    >
      <Button icon={<PaperClipOutlined aria-hidden />} disabled={disabled}>
        {t('cooperation.exchanges.chooseFiles')}
      </Button>
    </Upload>
  );
}
