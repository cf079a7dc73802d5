/**
 * The LGPD's anonymisation and retention use cases (issue 21): anonymising one data subject on a DPO's
 * request (with a dry run, refused with the holds named), the DPO's legal holds, and the retention job that
 * applies the policies in claimed batches on any number of nodes. Every anonymisation is audited with the
 * subject hashed and masked; every run is recorded with counts only.
 */
package org.triagem.application.retention;
