/**PMT's IDE test page fetches each tested page at the absolute address built from `site_url`.
 * Point those fetches at the address this site is really served from, so the test page works
 * on any host and sub-path (and never asks another origin). Added by hooks/run_environment.py. */
import { IdeTester } from '5-ideTester-ides_test'

// Module scripts have no document.currentScript: find our own tag.
const builtSiteUrl = document.querySelector('script[data-built-site-url]').dataset.builtSiteUrl

const getIdeData = IdeTester.prototype.getIdeData
IdeTester.prototype.getIdeData = function(conf){
  if(conf.page_url.startsWith(builtSiteUrl)){
    conf.page_url = new URL(conf.page_url.slice(builtSiteUrl.length), __md_scope).href
  }
  return getIdeData.call(this, conf)
}
