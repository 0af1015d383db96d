import { forwardRef, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { useHistory } from './router-context.ts';

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  to: string;
}

/** A real link (middle-click, copy address and open-in-new-tab work) that navigates in-app. */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link(
  { to, onClick, ...rest },
  ref,
) {
  const history = useHistory();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const plainClick =
      event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
    if (event.defaultPrevented || !plainClick || rest.target) return;
    event.preventDefault();
    history.push(to);
  };
  return <a ref={ref} href={to} onClick={handleClick} {...rest} />;
});
