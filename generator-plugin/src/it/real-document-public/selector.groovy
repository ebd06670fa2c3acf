// The reference documents sit next to the checkout in our workspace only; a user's fresh clone has no ../shared.
new File(sharedDir, 'reference/parallel/public-openapi.json').isFile()
