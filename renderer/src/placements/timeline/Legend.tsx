// What the timeline's colours and marks mean, drawn with the chart's own styles.
import { useTranslation } from 'react-i18next';
import './timeline.css';

export function Legend() {
  const { t } = useTranslation();
  const item = (key: string, sample: React.ReactNode) => (
    <li className="tline-legend-item" key={key}>
      {sample}
      {t(`timeline.legend.${key}`)}
    </li>
  );
  return (
    <ul className="tline-legend" aria-label={t('timeline.legend.title')} data-testid="timeline-legend">
      {item('intro', <span className="tline-swatch tline-intro" />)}
      {item('placement', <span className="tline-swatch tline-bar" />)}
      {item('conflict', <span className="tline-swatch tline-bar" data-conflict />)}
      {item('warning', <span className="tline-swatch tline-bar" data-warn />)}
      {item('accepted', <span className="tline-swatch tline-bar" data-accepted />)}
      {item(
        'today',
        <span className="tline-swatch-line" style={{ borderLeft: '2px solid var(--mantine-color-red-9)' }} />,
      )}
      {item(
        'fyStart',
        <span className="tline-swatch-line" style={{ borderLeft: '2px solid var(--mantine-color-desk-5)' }} />,
      )}
      {item(
        'departure',
        <span className="tline-swatch-line" style={{ borderLeft: '2px dotted var(--mantine-color-black)' }} />,
      )}
    </ul>
  );
}
