// The real-world documents sit next to the checkout in our workspace only; a user's fresh clone has no ../shared.
['openai-openapi.yaml', 'discord-openapi.json', 'k8s-apiextensions.k8s.io-v1-openapi.json', 'oai-v3.0-petstore-expanded.yaml']
        .every { new File(sharedDir, "specs/$it").isFile() }
