/** The pipeline on Apache Spark (issue 10). Empty until then. */
package hadath.spark;
