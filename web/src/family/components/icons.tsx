// A few hand-drawn glyphs (no icon pack): 24 × 24, stroked in the current colour, hidden from screen readers.
const props = {
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
} as const;

export const HomeIcon = () => (
  <svg {...props}>
    <path d="M3 11 12 4l9 7" />
    <path d="M5 10v10h5v-6h4v6h5V10" />
  </svg>
);

export const ApplyIcon = () => (
  <svg {...props}>
    <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" />
    <path d="M14 3v5h5M9 13h6M12 10v6" />
  </svg>
);

export const BellIcon = () => (
  <svg {...props}>
    <path d="M6 16V11a6 6 0 1 1 12 0v5l2 2H4z" />
    <path d="M10 21h4" />
  </svg>
);

export const UserIcon = () => (
  <svg {...props}>
    <circle cx="12" cy="8" r="4" />
    <path d="M4 21a8 8 0 0 1 16 0" />
  </svg>
);

export const ChevronRight = ({ className = 'chevron' }: { className?: string }) => (
  <svg {...props} className={className}>
    <path d="m9 5 7 7-7 7" />
  </svg>
);

export const ChevronLeft = () => (
  <svg {...props}>
    <path d="m15 5-7 7 7 7" />
  </svg>
);

export const ArrowUp = () => (
  <svg {...props}>
    <path d="M12 19V5M6 11l6-6 6 6" />
  </svg>
);

export const ArrowDown = () => (
  <svg {...props}>
    <path d="M12 5v14M6 13l6 6 6-6" />
  </svg>
);

export const CloseIcon = () => (
  <svg {...props}>
    <path d="M6 6l12 12M18 6 6 18" />
  </svg>
);
