import { Alert, Flex, Skeleton, Typography, theme } from 'antd';
import type { CustomSeriesOption } from 'echarts/charts';
import { registerMap, type EChartsType } from 'echarts/core';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../../components/query-states.tsx';
import { useFormat } from '../../../../lib/format.ts';
import type { DashboardExportFilter, MapData } from '../../api/dashboard-types.ts';
import { MAP_NAME, useMapOutlines, type Outlines } from '../../api/get-map-outlines.ts';
import { activityColors, mapGeometry, mapTiles, mapViewport } from '../../logic/dashboard-charts.ts';
import { ChartCard } from './chart-card.tsx';
import { EChart, type ChartOption } from './echart.tsx';

let registered: Outlines | null = null;
/** ECharts keeps maps by name; the outlines are registered once per page load. */
function ensureRegistered(outlines: Outlines): void {
  if (registered === outlines) return;
  registerMap(MAP_NAME, outlines as unknown as Parameters<typeof registerMap>[1]);
  registered = outlines;
}

// The extent of the outlines shipped (Chongqing and Sichuan), for the opening zoom.
const EXTENT = { minLng: 97.3, maxLng: 110.2, minLat: 26.0, maxLat: 34.3 };
const LEVELS = ['none', 'low', 'medium', 'high'] as const;
/** Online tiles of about 1.4° (level 8 of a lon/lat matrix): about 140 a layer over the two provinces and their margin. */
const TILE_LEVEL = 8;
/** The outlines' extent and a margin, so that the tiles fill the map's frame at the opening zoom. */
const TILE_EXTENT = { minLng: EXTENT.minLng - 4, maxLng: EXTENT.maxLng + 4, minLat: EXTENT.minLat - 2, maxLat: EXTENT.maxLat + 2 };
const TILES_URL = '/api/cooperation/dashboard/tiles';

interface CooperationMapProps {
  data: MapData | undefined;
  filter: Omit<DashboardExportFilter, 'dataset'>;
}

/** Schools as points coloured by their exchanges, pairings as lines; dormant pairings dashed red. */
export function CooperationMap({ data, filter }: CooperationMapProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const outlines = useMapOutlines();
  const chart = useRef<EChartsType | null>(null);
  const geometry = useMemo(() => (data ? mapGeometry(data) : null), [data]);
  const tileLayers = data?.tileLayers ?? 0;
  const { token } = theme.useToken();
  const colors = useMemo(() => activityColors(token), [token]);

  const option = useMemo<ChartOption | null>(() => {
    if (!outlines.data || !geometry) return null;
    ensureRegistered(outlines.data);
    const { center, zoom } = mapViewport(geometry.points, EXTENT);
    const names = new Map(geometry.points.map((p) => [p.id, format.name(p.nameZh, p.nameEn)]));
    // With online tiles configured they lie under the (then transparent) offline outlines.
    const tiles = mapTiles(tileLayers, TILE_EXTENT, TILE_LEVEL);
    const tileSeries: CustomSeriesOption[] =
      tiles.length === 0
        ? []
        : [
            {
              type: 'custom',
              coordinateSystem: 'geo',
              z: -10,
              silent: true,
              tooltip: { show: false },
              data: tiles.map((tile) => [tile.west, tile.north]),
              renderItem: (params, api) => {
                const tile = tiles[params.dataIndex]!;
                const [x1, y1] = api.coord([tile.west, tile.north]) as [number, number];
                const [x2, y2] = api.coord([tile.east, tile.south]) as [number, number];
                return { type: 'image', silent: true, style: { image: `${TILES_URL}/${tile.path}`, x: x1, y: y1, width: x2 - x1, height: y2 - y1 } };
              },
            },
          ];
    return {
      tooltip: { trigger: 'item', confine: true },
      geo: {
        map: MAP_NAME,
        roam: true,
        center,
        zoom,
        scaleLimit: { min: 1, max: 40 },
        label: { show: false },
        itemStyle: {
          areaColor: tiles.length > 0 ? 'transparent' : token.colorBgLayout,
          borderColor: tiles.length > 0 ? token.colorTextTertiary : token.colorBorder,
          borderWidth: 0.6,
        },
        emphasis: { label: { show: false }, itemStyle: { areaColor: tiles.length > 0 ? 'transparent' : token.colorPrimaryBg } },
        select: { disabled: true },
        silent: true,
      },
      series: [
        ...tileSeries,
        {
          type: 'lines',
          coordinateSystem: 'geo',
          zlevel: 1,
          data: geometry.lines.map((line) => ({
            coords: line.coords,
            lineStyle: {
              color: line.dormant ? colors.dormant : colors[line.activity],
              type: line.dormant ? ('dashed' as const) : ('solid' as const),
              width: 2,
              opacity: 0.85,
              curveness: 0.15,
            },
          })),
          tooltip: { show: false },
        },
        {
          type: 'scatter',
          coordinateSystem: 'geo',
          zlevel: 2,
          data: geometry.points.map((p) => ({
            name: p.id,
            value: [...p.coord, p.exchanges ?? 0],
            itemStyle: { color: p.inScope ? colors[p.activity ?? 'none'] : colors.outside, borderColor: token.colorBgContainer, borderWidth: 1 },
          })),
          symbolSize: (value: number[]) => Math.min(8 + Math.sqrt(value[2] ?? 0) * 2, 26),
          tooltip: {
            formatter: (params) => {
              const item = Array.isArray(params) ? params[0] : params;
              const point = geometry.points.find((p) => p.id === item?.name);
              if (!point) return '';
              const count =
                point.exchanges === null ? t('cooperation.dashboard.outsideScope') : t('cooperation.dashboard.exchangesN', { count: point.exchanges });
              return `${names.get(point.id) ?? ''}<br/>${count}`;
            },
          },
        },
      ],
    };
  }, [outlines.data, geometry, tileLayers, format, t, token, colors]);

  return (
    <ChartCard title={t('cooperation.dashboard.mapTitle', { months: data?.months ?? 12 })} dataset="map_schools" filter={filter} chart={chart}>
      {outlines.isError ? (
        <QueryError error={outlines.error} onRetry={() => void outlines.refetch()} />
      ) : option ? (
        <EChart
          option={option}
          height={460}
          label={t('cooperation.dashboard.mapLabel', { schools: geometry?.points.length ?? 0, pairings: data?.pairings.length ?? 0 })}
          instanceRef={chart}
        />
      ) : (
        <Skeleton active paragraph={{ rows: 10 }} style={{ minHeight: 460 }} />
      )}
      <Flex gap={12} wrap style={{ marginTop: 8 }} role="list" aria-label={t('cooperation.dashboard.legend')}>
        {LEVELS.map((level) => (
          <Flex key={level} align="center" gap={4} role="listitem">
            <span aria-hidden style={{ width: 10, height: 10, borderRadius: 5, background: colors[level], display: 'inline-block' }} />
            <Typography.Text style={{ fontSize: 12 }}>{t(`cooperation.dashboard.activity.${level}`)}</Typography.Text>
          </Flex>
        ))}
        <Flex align="center" gap={4} role="listitem">
          <span aria-hidden style={{ width: 18, borderTop: `2px dashed ${colors.dormant}`, display: 'inline-block' }} />
          <Typography.Text style={{ fontSize: 12 }}>{t('cooperation.dashboard.dormantLine', { months: filter.dormantMonths ?? 6 })}</Typography.Text>
        </Flex>
      </Flex>
      {tileLayers > 0 && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4, fontSize: 12 }}>
          {t('cooperation.dashboard.onlineTiles')}
        </Typography.Text>
      )}
      {geometry && geometry.unplaced > 0 && (
        <Alert type="info" showIcon style={{ marginTop: 8 }} title={t('cooperation.dashboard.unplaced', { count: geometry.unplaced })} />
      )}
    </ChartCard>
  );
}
