/**
 * Deno lint plugin: user-visible text in JSX must come from `locales/` through `t()`.
 * Reports JSX text with letters, string literals with Cyrillic letters anywhere in JSX, and
 * string literals in attributes people read (alt, title, aria-label, placeholder, and the
 * text props of our components).
 */
const READ_ATTRIBUTES = new Set([
  'alt',
  'title',
  'aria-label',
  'aria-description',
  'placeholder',
  'label',
  'legend',
  'hint',
  'text',
  'heading',
  'caption',
  'titleText',
  'buttonText',
])
const LETTER = /\p{L}/u
const CYRILLIC = /\p{Script=Cyrillic}/u
const MESSAGE = 'User-visible text must come from locales/ through t(): found'

const plugin: Deno.lint.Plugin = {
  name: 'views',
  rules: {
    'no-literal-text': {
      create(context) {
        if (!context.filename.endsWith('.tsx')) return {}
        return {
          JSXText(node) {
            if (LETTER.test(node.value)) {
              context.report({ node, message: `${MESSAGE} "${node.value.trim().slice(0, 40)}"` })
            }
          },
          JSXAttribute(node) {
            const name = node.name.type === 'JSXIdentifier' ? node.name.name : ''
            const value = node.value
            if (value?.type === 'Literal' && typeof value.value === 'string') {
              const visible = READ_ATTRIBUTES.has(name) && LETTER.test(value.value)
              if (visible || CYRILLIC.test(value.value)) {
                context.report({
                  node,
                  message: `${MESSAGE} ${name}="${value.value.slice(0, 40)}"`,
                })
              }
            }
          },
          'JSXExpressionContainer > Literal'(node: Deno.lint.Literal) {
            if (typeof node.value === 'string' && CYRILLIC.test(node.value)) {
              context.report({ node, message: `${MESSAGE} "${node.value.slice(0, 40)}"` })
            }
          },
        }
      },
    },
  },
}

export default plugin
