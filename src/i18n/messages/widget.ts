/** Interface texts of the embeddable widget and the "embed this search" dialog. */
const en = {
  back: 'Back to results',
  original: 'Original announcement',
  problems: 'This search widget is set up with problems:',
  poweredBy: 'Search by Pressroom',
  embed: {
    open: 'Embed this search',
    title: 'Embed this search on your site',
    intro: 'Paste one of these snippets into your page. The search keeps the current filters; visitors can search within them.',
    element: 'Custom element',
    iframe: 'Frame',
    copy: 'Copy snippet',
    copied: 'Copied',
    preview: 'Preview',
    close: 'Close',
    facetsLabel: 'Filter panels in the widget',
    theme: 'Theme',
    pageSize: 'Results per page',
  },
}

export default en
