import { RotateLeftOutlined, RotateRightOutlined, ZoomInOutlined, ZoomOutOutlined, ExpandOutlined, ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Skeleton, Tooltip, Typography, theme } from 'antd';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentContent, viewableType } from '../api/get-document-content.ts';
import { imageLayout, nextRotation, nextZoom } from './image-transform.ts';

interface DocumentViewerProps {
  applicationId: string;
  documentId: string;
  mediaType: string;
  /** For the frame's accessible name and the image's alt text. */
  title: string;
}

/** The object URL of a blob for as long as the component shows it. */
function useObjectUrl(blob: Blob | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) return undefined;
    const next = URL.createObjectURL(blob);
    setUrl(next);
    return () => {
      URL.revokeObjectURL(next);
      setUrl(null);
    };
  }, [blob]);
  return url;
}

/** One document shown in the page: a PDF in the browser's viewer, an image with zoom and rotation. */
export function DocumentViewer({ applicationId, documentId, mediaType, title }: DocumentViewerProps) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const type = viewableType(mediaType);
  const content = useDocumentContent(applicationId, documentId, mediaType, type !== null);
  const url = useObjectUrl(content.data);

  if (type === null) return <Alert type="warning" showIcon title={t('enrollmentReview.documents.notViewable')} />;
  if (content.isError) return <Alert type="error" showIcon title={content.error.message} />;
  if (!url) return <Skeleton.Node active style={{ width: '100%', height: 320 }} />;
  return type === 'application/pdf' ? (
    <Flex vertical gap={4}>
      <iframe
        src={url}
        title={title}
        style={{
          width: '100%',
          height: 'min(75vh, 900px)',
          minHeight: 360,
          border: `1px solid ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadius,
        }}
      />
      <Typography.Link href={url} target="_blank" rel="noopener" style={{ alignSelf: 'flex-end', fontSize: 12 }}>
        <ExportOutlined aria-hidden /> {t('enrollmentReview.documents.openInTab')}
      </Typography.Link>
    </Flex>
  ) : (
    <ImageViewer url={url} alt={title} />
  );
}

function ImageViewer({ url, alt }: { url: string; alt: string }) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const [zoom, setZoom] = useState(1);
  const [rotation, setRotation] = useState(0);
  const frameRef = useRef<HTMLDivElement>(null);
  const [frame, setFrame] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = frameRef.current;
    if (!element) return undefined;
    const measure = () => setFrame({ width: element.clientWidth, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const { box, visual } = imageLayout(frame, zoom, rotation);
  const tool = (label: string, icon: ReactNode, onClick: () => void, disabled = false) => (
    <Tooltip title={label}>
      <Button icon={icon} onClick={onClick} aria-label={label} disabled={disabled} />
    </Tooltip>
  );
  return (
    <Flex vertical gap={8}>
      <Flex gap={4} wrap>
        {tool(t('enrollmentReview.documents.zoomOut'), <ZoomOutOutlined aria-hidden />, () => setZoom((z) => nextZoom(z, -1)), zoom <= 0.25)}
        {tool(t('enrollmentReview.documents.zoomIn'), <ZoomInOutlined aria-hidden />, () => setZoom((z) => nextZoom(z, 1)), zoom >= 4)}
        {tool(t('enrollmentReview.documents.rotateLeft'), <RotateLeftOutlined aria-hidden />, () => setRotation((r) => nextRotation(r, -1)))}
        {tool(t('enrollmentReview.documents.rotateRight'), <RotateRightOutlined aria-hidden />, () => setRotation((r) => nextRotation(r, 1)))}
        {tool(t('enrollmentReview.documents.fit'), <ExpandOutlined aria-hidden />, () => {
          setZoom(1);
          setRotation(0);
        })}
        <Typography.Text type="secondary" style={{ alignSelf: 'center', marginInlineStart: 4 }}>
          {Math.round(zoom * 100)}%
        </Typography.Text>
      </Flex>
      <div
        ref={frameRef}
        style={{
          height: 'min(70vh, 760px)',
          minHeight: 320,
          overflow: 'auto',
          background: token.colorFillQuaternary,
          border: `1px solid ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadius,
        }}
      >
        {/* Sized to what the turned image covers, so the frame scrolls over exactly that. */}
        <div style={{ position: 'relative', width: visual.width, height: visual.height, margin: '0 auto' }}>
          <img
            src={url}
            alt={alt}
            style={{
              position: 'absolute',
              left: (visual.width - box.width) / 2,
              top: (visual.height - box.height) / 2,
              width: box.width,
              height: box.height,
              objectFit: 'contain',
              transform: `rotate(${rotation}deg)`,
            }}
          />
        </div>
      </div>
    </Flex>
  );
}
