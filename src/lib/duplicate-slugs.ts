/**
 * Remembers which file claimed which slug, so two articles that would publish at the same
 * URL fail the build with both file names instead of one silently replacing the other.
 */
export class DuplicateSlugGuard {
  private readonly owners = new Map<string, string>();

  constructor(private readonly folder: string) {}

  claim(slug: string, file: string): string {
    const owner = this.owners.get(slug);
    if (owner !== undefined && owner !== file) {
      throw new Error(
        `Duplicate slug "${slug}": ${this.folder}/${file} and ${this.folder}/${owner} would publish at the same URL. ` +
          'Fix: rename one file or give it a different `slug` in its frontmatter.',
      );
    }
    this.owners.set(slug, file);
    return slug;
  }
}
