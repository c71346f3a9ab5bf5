// Types of check-layers.mjs for the TypeScript tests that import it.
export interface Layer {
  name: string;
  folders: string[];
  /** Its folders may not import each other at all (the two front doors). */
  separate?: boolean;
}
export const PROJECT_LAYERS: Layer[];
export function checkLayers(srcDir: string, layers?: readonly Layer[]): Promise<string[]>;
