/**
 * What a figure's actions need to know of where it lives, from the registry (passed in by the
 * page as a prop, so no island bundles the registry and every figure function with it).
 */
export interface EmbedInfo {
  id: string;
  title: string;
  /** The figure's element id in its chapter. */
  anchor: string;
  /** The chapter's path ("/", "/no-floor/"). */
  chapterPath: string;
  /** The embed's reserved height before it is measured, px. */
  height: number;
  /** True on the figure's embed page. */
  embedded?: boolean;
}
