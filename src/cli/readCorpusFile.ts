/** Reading a corpus file for a command. */
import { readFile } from 'node:fs/promises'

/**
 * The file's text, or undefined after printing why it cannot be read (the
 * command then exits 2, the "unreadable file" code).
 */
export async function readCorpusFile(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    console.error(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
    return undefined
  }
}
