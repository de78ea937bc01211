import { FileExcelOutlined, PictureOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Tooltip } from 'antd';
import type { EChartsType } from 'echarts/core';
import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardDataset, DashboardExportFilter } from '../../api/dashboard-types.ts';
import { useExportDashboard } from '../../api/export-dashboard.ts';
import { saveChartImage } from './echart.tsx';

interface ChartCardProps {
  title: ReactNode;
  /** The server's dataset behind the card, offered as .xlsx. */
  dataset: DashboardDataset;
  filter: Omit<DashboardExportFilter, 'dataset'>;
  /** The chart to save as an image; none for tables. */
  chart?: RefObject<EChartsType | null>;
  /** Extra controls beside the export buttons (e.g. month / year). */
  controls?: ReactNode;
  children: ReactNode;
}

/** A dashboard card whose content can be taken away: as a picture for a report, as a sheet for further work. */
export function ChartCard({ title, dataset, filter, chart, controls, children }: ChartCardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const exporter = useExportDashboard();
  const fileName = `cooperation-${dataset}`;
  return (
    <Card
      size="small"
      title={title}
      extra={
        <Flex gap={4} align="center" wrap justify="flex-end">
          {controls}
          {chart && (
            <Tooltip title={t('cooperation.common.exportImage')}>
              <Button
                size="small"
                type="text"
                icon={<PictureOutlined aria-hidden />}
                aria-label={t('cooperation.common.exportImage')}
                onClick={() => saveChartImage(chart.current, fileName)}
              />
            </Tooltip>
          )}
          <Tooltip title={t('cooperation.common.exportXlsx')}>
            <Button
              size="small"
              type="text"
              icon={<FileExcelOutlined aria-hidden />}
              aria-label={t('cooperation.common.exportXlsx')}
              loading={exporter.isPending && exporter.variables.dataset === dataset}
              onClick={() => exporter.mutate({ ...filter, dataset }, { onError: (err) => void message.error(err.message) })}
            />
          </Tooltip>
        </Flex>
      }
      styles={{ body: { overflow: 'hidden' } }}
    >
      {children}
    </Card>
  );
}
