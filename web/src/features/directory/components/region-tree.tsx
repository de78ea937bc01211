import { Empty, Flex, Input, Tree, Typography, type TreeDataNode } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import type { Region } from '../../../types/api.ts';
import { buildRegionTree, matchRegions, type RegionNode } from './region-tree-data.ts';

interface RegionTreeProps {
  regions: readonly Region[];
  selectedId: string | undefined;
  onSelect: (regionId: string | undefined) => void;
}

/** The region tree beside the list: search by name or code; each region shows the schools in and below it. */
export function RegionTree({ regions, selectedId, onSelect }: RegionTreeProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const roots = useMemo(() => buildRegionTree(regions), [regions]);
  const [expanded, setExpanded] = useState<string[]>(() => roots.map((node) => node.region.id));
  const { matches, visible } = useMemo(() => matchRegions(regions, search), [regions, search]);
  const searching = search.trim() !== '';

  const toData = (nodes: RegionNode[]): TreeDataNode[] =>
    nodes
      .filter((node) => !searching || visible.has(node.region.id))
      .map((node) => ({
        key: node.region.id,
        title: (
          <Flex justify="space-between" gap={8}>
            <Typography.Text
              strong={matches.has(node.region.id)}
              ellipsis
              title={[t(`regionLevels.${node.region.level}`), node.region.divisionCode].filter(Boolean).join(' · ')}
            >
              {format.name(node.region.nameZh, node.region.nameEn)}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ flex: 'none' }} title={t('directory.schoolCountTitle')}>
              {format.number(node.region.schoolCount)}
            </Typography.Text>
          </Flex>
        ),
        children: node.children.length > 0 ? toData(node.children) : undefined,
      }));
  const treeData = toData(roots);

  return (
    <Flex vertical gap={8} style={{ flex: 1, minHeight: 0 }}>
      <Input.Search
        allowClear
        placeholder={t('directory.searchRegion')}
        onChange={(event) => setSearch(event.target.value)}
        aria-label={t('directory.searchRegion')}
      />
      {treeData.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('directory.noRegionMatch')} />
      ) : (
        <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
          <Tree
            blockNode
            showLine
            treeData={treeData}
            selectedKeys={selectedId ? [selectedId] : []}
            expandedKeys={searching ? [...visible] : expanded}
            onExpand={(keys) => setExpanded(keys.map(String))}
            onSelect={(keys) => onSelect(keys[0] === undefined ? undefined : String(keys[0]))}
          />
        </div>
      )}
    </Flex>
  );
}
